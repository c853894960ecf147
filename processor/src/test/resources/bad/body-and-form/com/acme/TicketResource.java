package com.acme;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {
  @POST
  public String create(
      @FormParam("title") String title,
      Ticket ticket) {
    return title;
  }
}
