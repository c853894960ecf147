package com.example.jackson;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Listed names first (external or implicit names), then the rest in declaration order. */
@JsonPropertyOrder({"z", "aa"})
public class Ordered {
  @JsonProperty("aa")
  public String a;

  public String m;
  public String z;
  public String b;
}
