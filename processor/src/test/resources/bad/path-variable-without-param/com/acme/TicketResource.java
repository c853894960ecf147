package com.acme;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {
  @GET
  @Path("{id}")
  @Action(summary = "Get a ticket")
  public String get() {
    return "";
  }
}
