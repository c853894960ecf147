package com.acme;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {

  @POST
  public void note(Note note) {}
}
