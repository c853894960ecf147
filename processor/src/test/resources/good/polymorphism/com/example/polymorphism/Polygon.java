package com.example.polymorphism;

import com.fasterxml.jackson.annotation.JsonSubTypes;

@JsonSubTypes(@JsonSubTypes.Type(Square.class))
public class Polygon extends Shape {
  public int corners;
}
