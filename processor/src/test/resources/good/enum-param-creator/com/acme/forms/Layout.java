package com.acme.forms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a form is laid out, a number in JSON and in URLs alike. */
public enum Layout {
  LIST(0),
  GRID(1);

  private final int code;

  Layout(int code) {
    this.code = code;
  }

  @JsonValue
  public int code() {
    return code;
  }

  /** Converts query parameters and JSON the same way. */
  @JsonCreator
  public static Layout fromString(String value) {
    for (Layout l : values()) {
      if (Integer.toString(l.code).equals(value)) {
        return l;
      }
    }
    throw new IllegalArgumentException(value);
  }
}
