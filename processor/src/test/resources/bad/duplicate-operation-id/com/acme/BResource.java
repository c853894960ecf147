package com.acme;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("b")
public class BResource {
  @GET
  @Action(
      summary = "Get a ticket",
      operationId = "GetTicket")
  public String get() {
    return "";
  }
}
