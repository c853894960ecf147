package com.example.enums;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("palettes")
public class PaletteResource {

  @GET
  public Palette find() {
    return null;
  }

  @POST
  public Palette create(Palette palette) {
    return palette;
  }

  @GET
  @Path("level")
  public Level level() {
    return null;
  }
}
