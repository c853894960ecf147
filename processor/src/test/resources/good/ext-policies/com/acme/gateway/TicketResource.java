package com.acme.gateway;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.TriggerType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

@Path("tickets")
public class TicketResource {

  /** Lists the tickets. */
  @GET
  @Action(summary = "List tickets", operationId = "ListTickets")
  public TicketPage list() {
    return null;
  }

  /**
   * Gets a ticket.
   *
   * @param id the ticket
   */
  @GET
  @Path("{id}")
  @Action(summary = "Get a ticket", operationId = "GetTicket")
  public Ticket get(@PathParam("id") String id) {
    return null;
  }

  /**
   * Creates a ticket.
   *
   * @param ticket the ticket
   */
  @POST
  @Action(summary = "Create a ticket", operationId = "CreateTicket")
  public Ticket create(Ticket ticket) {
    return null;
  }

  /**
   * Finds tickets.
   *
   * @param query what to look for
   */
  @GET
  @Path("search")
  @Action(summary = "Search tickets", operationId = "SearchTickets")
  public TicketPage search(@QueryParam("q") String query) {
    return null;
  }

  /**
   * Fires for every batch of changed tickets.
   *
   * @param since only changes after this time
   */
  @GET
  @Path("changes")
  @Trigger(summary = "When tickets change", operationId = "OnTicketsChanged",
      type = TriggerType.BATCH)
  public TicketPage changes(@QueryParam("since") String since) {
    return null;
  }
}
