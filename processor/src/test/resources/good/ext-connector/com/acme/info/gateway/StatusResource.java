package com.acme.info.gateway;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("status")
public class StatusResource {

  /** Gets the help desk's status. */
  @GET
  @Action(summary = "Get the status", operationId = "GetStatus")
  public String status() {
    return null;
  }
}
