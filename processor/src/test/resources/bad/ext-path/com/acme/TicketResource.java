package com.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {

  @GET
  @Path("view=all")
  public String all() {
    return null;
  }
}
