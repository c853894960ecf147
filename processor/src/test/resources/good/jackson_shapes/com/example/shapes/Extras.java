package com.example.shapes;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Map;

/** Only an any-getter of free-form values: any JSON object. */
public class Extras {
  @JsonAnyGetter
  public Map<String, Object> values() {
    return Map.of();
  }
}
