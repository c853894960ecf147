package com.acme;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {
  @GET
  public String list(
      @CookieParam("session")
      String session,
      @MatrixParam("view")
      String view) {
    return "";
  }
}
