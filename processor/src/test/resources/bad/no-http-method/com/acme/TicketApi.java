package com.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** An interface that carries the JAX-RS annotations. */
@Path("tickets")
public interface TicketApi {
  @GET
  @Path("{id}")
  String get(@PathParam("id") String id);
}
