package com.acme;

import dev.connectorkit.annotations.Advanced;
import dev.connectorkit.annotations.Important;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("tickets")
public class TicketResource {
  @GET
  public List<Ticket> list(
      @Important
      @QueryParam("top")
      @Advanced
      int top) {
    return List.of();
  }
}
