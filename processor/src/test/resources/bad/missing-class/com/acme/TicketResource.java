package com.acme;

import dev.connectorkit.annotations.ApiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {
  @GET
  @ApiResponse(status = 200, type = Nowhere.class)
  public String list() {
    return "";
  }
}
