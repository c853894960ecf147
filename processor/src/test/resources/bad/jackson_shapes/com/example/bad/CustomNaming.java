package com.example.bad;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

@JsonNaming(CustomNaming.Shouting.class)
public class CustomNaming {
  public String quiet;

  /** A strategy of the application's own: its names are only known at run time. */
  public static class Shouting extends PropertyNamingStrategies.NamingBase {
    @Override
    public String translate(String name) {
      return name.toUpperCase(java.util.Locale.ROOT);
    }
  }
}
