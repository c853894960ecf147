package com.acme;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {

  @GET
  @Action(summary = "Get tickets",
      operationId = "Get-Tickets")
  public String get() {
    return null;
  }
}
