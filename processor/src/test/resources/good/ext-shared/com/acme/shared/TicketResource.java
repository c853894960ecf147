package com.acme.shared;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.ResponseHeader;
import dev.connectorkit.annotations.Shared;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

@Path("queues/{queue}/tickets")
public class TicketResource {

  /**
   * Gets a ticket.
   *
   * @param queue the queue
   * @param id the ticket
   */
  @GET
  @Path("{id}")
  @Action(summary = "Get a ticket", operationId = "GetTicket")
  @ApiResponse(status = 200, summary = "Ticket",
      headers = @ResponseHeader(name = "ETag", description = "The ticket's version.",
          summary = "Version", visibility = Visibility.ADVANCED))
  @ApiResponse(status = 404, description = "No such ticket", shared = "NotFound")
  public Ticket get(
      @Shared("Queue") @Summary("Queue") @Description("The queue.")
          @DynamicValues(operation = "ListQueues") @PathParam("queue") String queue,
      @Shared("TicketId") @Summary("Ticket ID") @Description("The ticket's ID.")
          @PathParam("id") String id) {
    return null;
  }

  /**
   * Closes a ticket.
   *
   * @param queue the queue
   * @param id the ticket
   */
  @DELETE
  @Path("{id}")
  @Action(summary = "Close a ticket", operationId = "CloseTicket")
  @ApiResponse(status = 204, description = "Closed",
      headers = @ResponseHeader(name = "X-Closed-By", visibility = Visibility.INTERNAL))
  @ApiResponse(status = 404, description = "No such ticket", shared = "NotFound")
  public Response close(
      @Shared("Queue") @Summary("Queue") @Description("The queue.")
          @DynamicValues(operation = "ListQueues") @PathParam("queue") String queue,
      @Shared("TicketId") @Summary("Ticket ID") @Description("The ticket's ID.")
          @PathParam("id") String id) {
    return null;
  }
}
