package com.example.polymorphism;

public class Circle extends Shape {
  public double radius;
}
