package com.contoso.helpdesk;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.TriggerType;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Optional;

/** Tickets. */
@Path("tickets")
public class TicketResource {

  /**
   * Lists tickets, newest first.
   *
   * @param status only tickets in this status
   * @param priorities only tickets of these priorities
   * @param top how many tickets to return
   */
  @GET
  @Action(summary = "List tickets", operationId = "ListTickets")
  public TicketPage list(
      @QueryParam("status") Status status,
      @QueryParam("priority") List<Priority> priorities,
      @QueryParam("top") @DefaultValue("20") int top) {
    return null;
  }

  /**
   * Gets one ticket.
   *
   * @param id the ticket's ID
   */
  @GET
  @Path("{id}")
  @Action(summary = "Get a ticket", operationId = "GetTicket")
  public Optional<Ticket> get(@PathParam("id") String id) {
    return Optional.empty();
  }

  /**
   * Files a ticket.
   *
   * @param ticket the ticket to file
   * @param requestId an idempotency key
   */
  @POST
  @Action(summary = "File a ticket", operationId = "CreateTicket")
  @ApiResponse(status = 201, description = "Filed", type = Ticket.class)
  @ApiResponse(status = 400, description = "The ticket is not valid")
  public Ticket create(NewTicket ticket, @HeaderParam("X-Request-Id") String requestId) {
    return null;
  }

  /**
   * Changes a ticket's priority.
   *
   * @param id the ticket's ID
   * @param priority the new priority
   */
  @PATCH
  @Path("{id}/priority")
  public Ticket reprioritize(@PathParam("id") String id, @QueryParam("to") Priority priority) {
    return null;
  }

  /**
   * Deletes a ticket.
   *
   * @param id the ticket's ID
   */
  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") String id) {}

  /** Fires when tickets are filed. */
  @GET
  @Path("new")
  @Trigger(summary = "When tickets are filed", type = TriggerType.BATCH)
  public List<Ticket> filed() {
    return List.of();
  }

  /**
   * The comments of a ticket.
   *
   * @param id the ticket's ID
   */
  @Path("{id}/comments")
  public CommentResource comments(@PathParam("id") String id) {
    return new CommentResource();
  }
}
