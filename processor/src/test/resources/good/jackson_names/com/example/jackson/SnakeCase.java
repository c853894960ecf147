package com.example.jackson;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class SnakeCase {
  public String firstName;
  public String homeURL;
  public int a1B;

  @JsonProperty("explicitName")
  public String keptAsWritten;

  public String getHTTPCode() {
    return "";
  }
}
