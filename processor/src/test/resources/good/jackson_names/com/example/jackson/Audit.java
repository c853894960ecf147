package com.example.jackson;

import com.fasterxml.jackson.annotation.JsonIgnoreType;

/** Jackson leaves out every property of this type. */
@JsonIgnoreType
public class Audit {
  public String by;
}
