package com.example.bad;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("shapes")
public class ShapesResource {

  @GET
  @Path("animal")
  public Animal animal() {
    return null;
  }

  @GET
  @Path("point")
  public Point point() {
    return null;
  }

  @GET
  @Path("naming")
  public CustomNaming naming() {
    return null;
  }
}
