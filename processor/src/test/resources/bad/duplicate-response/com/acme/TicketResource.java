package com.acme;

import dev.connectorkit.annotations.ApiResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {
  @DELETE
  @ApiResponse(status = 204, description = "Deleted")
  @ApiResponse(status = 404, description = "Not found")
  @ApiResponse(
      description = "Deleted again",
      status = 204)
  public void delete() {}
}
