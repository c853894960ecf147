package com.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Comments of a ticket, reached through a locator. */
public class CommentResource {
  @GET
  public String list() {
    return "";
  }

  @Path("ticket")
  public TicketResource ticket() {
    return new TicketResource();
  }
}
