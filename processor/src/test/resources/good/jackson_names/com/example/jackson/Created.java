package com.example.jackson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Creator properties come first, in parameter order, as Jackson orders them. */
public class Created {
  private final String alpha;
  private final String beta;
  private String gamma;

  @JsonCreator
  public Created(@JsonProperty("beta") String beta, @JsonProperty("alpha") String alpha) {
    this.alpha = alpha;
    this.beta = beta;
  }

  public String getGamma() {
    return gamma;
  }

  public String getAlpha() {
    return alpha;
  }

  public String getBeta() {
    return beta;
  }
}
