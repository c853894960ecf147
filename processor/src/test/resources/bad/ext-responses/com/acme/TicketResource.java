package com.acme;

import dev.connectorkit.annotations.ApiResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@Path("tickets")
public class TicketResource {

  /**
   * A problem.
   *
   * @param detail what went wrong
   */
  public record Problem(String detail) {}

  @DELETE
  @ApiResponse(status = 404, description = "No such ticket")
  public Response delete() {
    return null;
  }

  @GET
  @ApiResponse(status = 200, type = String.class)
  @ApiResponse(status = 0, description = "A problem",
      type = Problem.class)
  public Response get() {
    return null;
  }
}
