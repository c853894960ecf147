package com.acme;

import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Shared;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("tickets/{id}")
public class TicketResource {

  @GET
  @ApiResponse(status = 200, type = String.class)
  @ApiResponse(status = 404, description = "No such ticket", shared = "NotFound")
  public String get(@Shared("Id") @Description("The ticket.") @PathParam("id") String id) {
    return null;
  }

  @DELETE
  @ApiResponse(status = 204)
  @ApiResponse(status = 404, description = "Gone already",
      shared = "NotFound")
  public void delete(
      @Shared("Id") @Description("The ticket to delete.") @PathParam("id") String id) {}
}
