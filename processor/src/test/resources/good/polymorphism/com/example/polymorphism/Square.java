package com.example.polymorphism;

public class Square extends Polygon {
  public double side;
}
