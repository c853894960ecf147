package com.example.bad;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("settings")
public class SettingsResource {

  @GET
  public Settings getSettings() {
    return null;
  }
}
