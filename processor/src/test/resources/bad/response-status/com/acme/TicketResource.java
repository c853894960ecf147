package com.acme;

import dev.connectorkit.annotations.ApiResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {
  @DELETE
  @ApiResponse(status = 204)
  @ApiResponse(
      description = "Gone for good",
      status = 999)
  public void delete() {}
}
