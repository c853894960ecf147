package com.example.bad;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("empty")
public class EmptyResource {

  @GET
  public Empty getEmpty() {
    return null;
  }
}
