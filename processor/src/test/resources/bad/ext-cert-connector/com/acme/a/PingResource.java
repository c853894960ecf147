package com.acme.a;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("ping")
public class PingResource {

  /** Answers with the service's status. */
  @GET
  @Action(summary = "Ping the service", operationId = "Ping")
  public String ping() {
    return null;
  }
}
