package com.acme.certified;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("tickets")
public class TicketResource {

  /**
   * Gets one ticket by its ID.
   *
   * @param id the ticket's ID, as returned by Create ticket
   */
  @GET
  @Path("{id}")
  @Action(summary = "Get a ticket", operationId = "GetTicket", visibility = Visibility.IMPORTANT)
  @ApiResponse(status = 200, description = "The ticket")
  @ApiResponse(status = 404, description = "No ticket has this ID")
  public Ticket get(@Summary("Ticket ID") @PathParam("id") String id) {
    return null;
  }

  /**
   * Creates a ticket and returns it with its ID.
   *
   * @param ticket the ticket to create
   */
  @POST
  @Action(summary = "Create a ticket", operationId = "CreateTicket")
  @ApiResponse(status = 201, description = "The new ticket")
  public Ticket create(Ticket ticket) {
    return null;
  }
}
