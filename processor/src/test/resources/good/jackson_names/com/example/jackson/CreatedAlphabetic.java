package com.example.jackson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Alphabetic: creator properties sorted, then the others sorted. */
@JsonPropertyOrder(alphabetic = true)
public class CreatedAlphabetic {
  public String zeta;
  public String delta;

  @JsonCreator
  public CreatedAlphabetic(
      @JsonProperty("omega") String omega, @JsonProperty("beta") String beta) {}

  public String getOmega() {
    return "";
  }

  public String getBeta() {
    return "";
  }
}
