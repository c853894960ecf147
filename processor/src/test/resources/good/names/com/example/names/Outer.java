package com.example.names;

public class Outer {
  /** A nested class: its enclosing class is its qualifier. */
  public record Ticket(String nested) {}
}
