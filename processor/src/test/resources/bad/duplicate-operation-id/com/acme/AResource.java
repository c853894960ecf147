package com.acme;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("a")
public class AResource {
  @GET
  @Action(operationId = "GetTicket")
  public String get() {
    return "";
  }
}
