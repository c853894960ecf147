package com.acme;

import dev.connectorkit.annotations.DynamicValues;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

@Path("tickets")
public class TicketResource {

  @GET
  public String find(@DynamicValues(operation = "list") @QueryParam("queue") String queue) {
    return null;
  }
}
