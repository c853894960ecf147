package com.acme;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {
  @GET
  public String find(Ticket filter) {
    return "";
  }

  @HEAD
  public void check(Ticket probe) {}

  @DELETE
  public void delete(Ticket doomed) {}

  @GET
  @Path("search")
  public String search(
      @FormParam("text")
      String text) {
    return text;
  }
}
