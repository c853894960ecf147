package com.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@Path("tickets")
public class TicketResource {
  @GET
  public Response get() {
    return Response.ok().build();
  }
}
