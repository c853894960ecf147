package com.example.enums;

import com.fasterxml.jackson.annotation.JsonValue;

/** A @JsonValue getter returning a field set from a literal constructor argument. */
public enum Size {
  SMALL("S", 1),
  MEDIUM("M", 2),
  LARGE("L", 3);

  private final String label;
  private final int rank;

  Size(String label, int rank) {
    this.label = label;
    this.rank = rank;
  }

  @JsonValue
  public String label() {
    return label;
  }

  public int rank() {
    return rank;
  }
}
