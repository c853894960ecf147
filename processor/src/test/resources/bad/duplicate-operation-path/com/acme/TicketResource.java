package com.acme;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("tickets")
public class TicketResource {
  @GET
  @Path("{x}")
  public String byX(@PathParam("x") String x) {
    return x;
  }

  @GET
  @Path("{y}")
  @Action(summary = "By y")
  public String byY(@PathParam("y") String y) {
    return y;
  }
}
