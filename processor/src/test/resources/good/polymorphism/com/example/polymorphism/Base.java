package com.example.polymorphism;

/** Plain inheritance without type ids. */
public class Base {
  public String id;
}
