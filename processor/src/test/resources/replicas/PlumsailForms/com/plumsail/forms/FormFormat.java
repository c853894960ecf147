package com.plumsail.forms;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

// The shape of the form list, sent as a number in JSON and in the query alike.
public enum FormFormat {
  LIST(0),
  TREE(1);

  private final int code;

  FormFormat(int code) {
    this.code = code;
  }

  @JsonValue
  public int code() {
    return code;
  }

  @JsonCreator
  public static FormFormat fromString(String value) {
    for (FormFormat f : values()) {
      if (Integer.toString(f.code).equals(value)) {
        return f;
      }
    }
    throw new IllegalArgumentException(value);
  }
}
