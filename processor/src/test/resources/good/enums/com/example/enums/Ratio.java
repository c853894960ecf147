package com.example.enums;

import com.fasterxml.jackson.annotation.JsonValue;

/** A @JsonValue field of type double: a number enum. */
public enum Ratio {
  HALF(0.5),
  WHOLE(1.0);

  @JsonValue private final double value;

  Ratio(double value) {
    this.value = value;
  }
}
