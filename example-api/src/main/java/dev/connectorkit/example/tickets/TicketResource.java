package dev.connectorkit.example.tickets;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.ResponseHeader;
import dev.connectorkit.annotations.Summary;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Tickets: create, read, update, delete and list. */
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {
  private final TicketStore store;

  /** A resource over a store. */
  public TicketResource(TicketStore store) {
    this.store = store;
  }

  /**
   * Lists tickets, newest first, one page at a time.
   *
   * @param queue only tickets of this queue
   * @param top how many tickets a page holds
   * @param skip how many tickets to skip
   */
  @GET
  @Action(summary = "List tickets", operationId = "ListTickets")
  public TicketPage list(
      @Summary("Queue") @QueryParam("queue") String queue,
      @Summary("Page size") @QueryParam("top") @DefaultValue("50") int top,
      @Summary("Skip") @QueryParam("skip") @DefaultValue("0") int skip) {
    var page = store.tickets(queue, skip, top + 1);
    String next = page.size() > top
        ? "/api/tickets?top=" + top + "&skip=" + (skip + top)
            + (queue == null ? "" : "&queue=" + queue)
        : null;
    return new TicketPage(page.subList(0, Math.min(top, page.size())), next);
  }

  /**
   * Gets one ticket.
   *
   * @param id the ticket's ID
   */
  @GET
  @Path("{id}")
  @Action(summary = "Get a ticket", operationId = "GetTicket")
  @ApiResponse(status = 200, description = "The ticket")
  @ApiResponse(status = 404, description = "No such ticket", type = Problem.class)
  public Ticket get(@Summary("Ticket ID") @PathParam("id") String id) {
    return store.ticket(id).orElseThrow(() -> Problems.notFound(id));
  }

  /**
   * Opens a ticket in a queue.
   *
   * @param ticket the ticket to open
   */
  @POST
  @Action(summary = "Create a ticket", operationId = "CreateTicket")
  @ApiResponse(
      status = 201,
      description = "The ticket was created",
      type = Ticket.class,
      headers = @ResponseHeader(name = "Location", description = "The new ticket's URL."))
  @ApiResponse(status = 400, description = "The ticket is not valid", type = Problem.class)
  public Response create(NewTicket ticket) {
    Problems.requireText(ticket == null ? null : ticket.title(), "title");
    Problems.requireText(ticket.queue(), "queue");
    Ticket created = store.create(ticket);
    return Response.created(URI.create("/api/tickets/" + created.id())).entity(created).build();
  }

  /**
   * Changes the fields of a ticket that the update sets.
   *
   * @param id the ticket's ID
   * @param update the changes to make
   */
  @PATCH
  @Path("{id}")
  @Action(summary = "Update a ticket", operationId = "UpdateTicket")
  @ApiResponse(status = 200, description = "The updated ticket")
  @ApiResponse(status = 404, description = "No such ticket", type = Problem.class)
  public Ticket update(
      @Summary("Ticket ID") @PathParam("id") String id,
      @Description("The changes to make.") TicketUpdate update) {
    return store.update(id, update).orElseThrow(() -> Problems.notFound(id));
  }

  /**
   * Deletes a ticket for good.
   *
   * @param id the ticket's ID
   */
  @DELETE
  @Path("{id}")
  @Action(summary = "Delete a ticket", operationId = "DeleteTicket")
  @ApiResponse(status = 204, description = "The ticket was deleted")
  @ApiResponse(status = 404, description = "No such ticket", type = Problem.class)
  public void delete(@Summary("Ticket ID") @PathParam("id") String id) {
    if (!store.delete(id)) {
      throw Problems.notFound(id);
    }
  }
}
