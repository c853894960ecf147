package com.example.jackson;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties({"secret", "legacy"})
public class IgnoredFields {
  public String name;
  public String secret;
  public String legacy;

  @JsonIgnore private String password;

  /** Ignored on the field, named explicitly on the getter: Jackson keeps it. */
  @JsonIgnore private String token;

  public String getPassword() {
    return password;
  }

  @JsonProperty
  public String getToken() {
    return token;
  }
}
