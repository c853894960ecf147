package com.example.bad;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The @JsonValue is computed at run time: no constant tells its values. */
public enum Mode {
  FAST,
  SAFE;

  @JsonValue
  public String lowerCase() {
    return name().toLowerCase(Locale.ROOT);
  }
}
