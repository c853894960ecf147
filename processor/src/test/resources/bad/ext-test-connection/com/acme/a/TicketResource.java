package com.acme.a;

import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.TestConnection;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("tickets")
public class TicketResource {

  @GET
  @TestConnection(
      parameters = @Arg(name = "top", parameter = "queue"))
  public List<String> list(@QueryParam("queue") @NotNull String queue,
      @QueryParam("top") String top) {
    return null;
  }

  @POST
  @Path("ping")
  @dev.connectorkit.annotations.TestConnection
  public void ping() {}
}
