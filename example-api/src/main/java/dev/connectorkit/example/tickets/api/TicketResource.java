package dev.connectorkit.example.tickets.api;

import static dev.connectorkit.example.tickets.api.Problems.requireBody;
import static dev.connectorkit.example.tickets.api.Problems.requireRange;
import static dev.connectorkit.example.tickets.api.Problems.requireText;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.Pageable;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.example.tickets.model.Problem;
import dev.connectorkit.example.tickets.model.Ticket;
import dev.connectorkit.example.tickets.model.TicketList;
import dev.connectorkit.example.tickets.model.TicketPage;
import dev.connectorkit.example.tickets.model.TicketUpdate;
import dev.connectorkit.example.tickets.store.QueueCatalog;
import dev.connectorkit.example.tickets.store.TicketStore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Tickets: list a page, search, read, update and delete; tickets are created in a queue. */
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {
  private final TicketStore store;
  private final QueueCatalog catalog;
  // The resource is a singleton; Jersey injects a proxy to the current request's UriInfo.
  @Context private UriInfo uri;

  /** A resource over a store. */
  public TicketResource(TicketStore store, QueueCatalog catalog) {
    this.store = store;
    this.catalog = catalog;
  }

  /**
   * Lists tickets, newest first, one page at a time.
   *
   * @param queue only tickets of this queue
   * @param top how many tickets a page holds, from 1 to 100
   * @param skip how many tickets to skip
   */
  @GET
  @Action(summary = "List tickets", operationId = "ListTickets")
  @Pageable(nextLinkName = "nextLink")
  @ApiResponse(status = 200, description = "A page of tickets")
  @ApiResponse(status = 400, description = "A parameter is not valid", type = Problem.class)
  public TicketPage list(
      @Summary("Queue")
          @DynamicValues(operation = "ListQueues", valuePath = "id", titlePath = "name")
          @QueryParam("queue")
          String queue,
      @Summary("Page size") @Min(1) @Max(100) @QueryParam("top") @DefaultValue("50") int top,
      @Summary("Skip") @Min(0) @QueryParam("skip") @DefaultValue("0") int skip) {
    if (queue != null && catalog.queue(queue).isEmpty()) {
      throw Problems.badRequest("There is no queue " + queue + ".");
    }
    requireRange(top, "top", 1, 100);
    requireRange(skip, "skip", 0, Integer.MAX_VALUE - 100);
    List<Ticket> page = store.list(queue, skip, top + 1);
    String next =
        page.size() > top
            ? uri.getRequestUriBuilder()
                .replaceQueryParam("top", top)
                .replaceQueryParam("skip", skip + top)
                .build()
                .toString()
            : null;
    return new TicketPage(page.subList(0, Math.min(top, page.size())), next);
  }

  /**
   * Finds tickets whose title or description contains a text, ignoring case, newest first.
   *
   * @param text the text to look for
   * @param top how many tickets to return at most, from 1 to 100
   */
  @GET
  @Path("search")
  @Action(summary = "Search tickets", operationId = "SearchTickets")
  @ApiResponse(status = 200, description = "The tickets found")
  @ApiResponse(status = 400, description = "A parameter is not valid", type = Problem.class)
  public TicketList search(
      @Summary("Search text") @NotBlank @QueryParam("q") String text,
      @Summary("Maximum results") @Min(1) @Max(100) @QueryParam("top") @DefaultValue("20")
          int top) {
    requireText(text, "q", 200);
    requireRange(top, "top", 1, 100);
    return new TicketList(store.search(text.strip(), top));
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
    return store.find(id).orElseThrow(() -> noTicket(id));
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
  @ApiResponse(status = 400, description = "The update is not valid", type = Problem.class)
  @ApiResponse(status = 404, description = "No such ticket", type = Problem.class)
  public Ticket update(
      @Summary("Ticket ID") @PathParam("id") String id,
      @Description("The changes to make.") TicketUpdate update) {
    requireBody(update);
    if (update.title() == null
        && update.status() == null
        && update.priority() == null
        && update.assignee() == null) {
      throw Problems.badRequest("The update changes nothing.");
    }
    if (update.title() != null) {
      requireText(update.title(), "title", 200);
    }
    Ticket ticket = store.find(id).orElseThrow(() -> noTicket(id));
    if (update.assignee() != null && !catalog.isAgentOf(update.assignee(), ticket.queue())) {
      throw Problems.badRequest(
          update.assignee() + " is not an agent of queue " + ticket.queue() + ".");
    }
    return store.update(id, update).orElseThrow(() -> noTicket(id));
  }

  /**
   * Deletes a ticket and its attachments for good.
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
      throw noTicket(id);
    }
  }

  static jakarta.ws.rs.WebApplicationException noTicket(String id) {
    return Problems.notFound("There is no ticket " + id + ".");
  }
}
