package com.acme;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Trigger;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {

  @GET
  @Action(operationId = "GetLatest")
  public String latest() {
    return null;
  }

  @GET
  @Path("new")
  @Trigger(operationId = "OnTicket",
      notification = "GetLatest")
  public String created() {
    return null;
  }
}
