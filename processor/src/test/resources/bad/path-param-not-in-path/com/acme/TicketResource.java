package com.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

@Path("tickets")
public class TicketResource {
  @GET
  public String list(
      @QueryParam("q") String q,
      @PathParam("queue")
      String queue) {
    return q;
  }
}
