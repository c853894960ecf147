package com.acme.params;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state of a case. JSON bodies carry the lower-case names, but JAX-RS converts a query
 * parameter with {@code valueOf}, so a URL must carry the constant's name.
 */
public enum Status {
  @JsonProperty("open")
  OPEN,
  @JsonProperty("waiting")
  WAITING,
  @JsonProperty("closed")
  CLOSED
}
