package com.example.inheritance;

public class Circle extends Shape {
  public double radius;
}
