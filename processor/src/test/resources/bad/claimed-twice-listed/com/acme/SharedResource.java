package com.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("shared")
public class SharedResource {
  @GET
  public String list() {
    return "";
  }
}
