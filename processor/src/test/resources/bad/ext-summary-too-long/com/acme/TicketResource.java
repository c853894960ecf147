package com.acme;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {

  @GET
  @Action(summary = "Get every ticket of every queue of every team of every department of the"
      + " whole company with all of their comments and attachments")
  public String get() {
    return null;
  }
}
