package com.example.polymorphism;

public class Derived extends Base {
  public String extra;
}
