package com.acme.keys;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("me")
public class KeyResource {

  /** Gets the key's owner. */
  @GET
  public String getOwner() {
    return null;
  }
}
