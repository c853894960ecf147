package com.acme.paths.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A resource at the application root. */
@Path("/")
public class RootResource {

  /** Checks that the service answers. */
  @GET
  @Path("/")
  public String ping() {
    return "pong";
  }
}
