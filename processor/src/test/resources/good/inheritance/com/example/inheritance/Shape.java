package com.example.inheritance;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Circle.class, name = "circle"),
  @JsonSubTypes.Type(Square.class)
})
public abstract class Shape {
  public String color;
}
