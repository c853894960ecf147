package com.acme.purge;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("entries/{key}")
public class CacheResource {

  @GET
  public String getEntry(@PathParam("key") String key) {
    return "";
  }

  @PURGE
  public void purgeEntry(@PathParam("key") String key) {}
}
