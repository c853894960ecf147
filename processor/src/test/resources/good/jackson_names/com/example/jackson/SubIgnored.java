package com.example.jackson;

/** Inherits @JsonIgnoreProperties from its superclass. */
public class SubIgnored extends IgnoredFields {
  public String more;
}
