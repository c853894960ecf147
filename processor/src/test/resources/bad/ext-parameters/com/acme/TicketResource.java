package com.acme;

import dev.connectorkit.annotations.Internal;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("tickets")
public class TicketResource {

  @GET
  @Path("{tenant}")
  public String get(@Internal @PathParam("tenant") String tenant,
      @QueryParam("connectionId") String connection) {
    return null;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public void size(@FormParam("größe") String size) {}
}
