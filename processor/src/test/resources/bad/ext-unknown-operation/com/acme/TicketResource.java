package com.acme;

import dev.connectorkit.annotations.DynamicValues;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("tickets")
public class TicketResource {

  @GET
  public List<String> list(
      @DynamicValues(operation = "ListNothing") @QueryParam("queue") String queue,
      @DynamicValues(valuePath = "id") @QueryParam("team") String team) {
    return null;
  }
}
