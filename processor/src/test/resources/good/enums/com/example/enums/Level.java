package com.example.enums;

import com.fasterxml.jackson.annotation.JsonValue;

/** A @JsonValue int code: an integer enum. */
public enum Level {
  LOW(10),
  HIGH(20),
  NONE(-1);

  private final int code;

  Level(int code) {
    this.code = code;
  }

  @JsonValue
  int getCode() {
    return this.code;
  }
}
