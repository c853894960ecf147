package com.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("tickets")
public class TicketResource {
  @GET
  public String list() {
    return "";
  }

  @Path("{id}/comments")
  public CommentResource comments(@PathParam("id") String id) {
    return new CommentResource();
  }
}
