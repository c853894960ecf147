package com.acme.b;

import dev.connectorkit.annotations.TestConnection;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("ping")
public class PingResource {

  @POST
  @TestConnection
  public void ping() {}
}
