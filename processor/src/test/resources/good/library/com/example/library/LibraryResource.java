package com.example.library;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;

@Path("library")
public class LibraryResource {

  @GET
  @Path("versioned")
  public Versioned versioned() {
    return null;
  }

  @GET
  @Path("tag")
  public EntityTag tag() {
    return null;
  }
}
