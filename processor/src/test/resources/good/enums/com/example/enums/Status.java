package com.example.enums;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Renamed constants; the one without @JsonProperty keeps its name. */
public enum Status {
  @JsonProperty("open")
  OPEN,
  @JsonProperty("in-progress")
  IN_PROGRESS,
  CLOSED
}
