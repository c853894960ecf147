package com.acme.tickets;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("tickets")
public class TicketResource {

  /**
   * Lists tickets, newest first.
   *
   * @param top how many tickets to return
   */
  @GET
  @Action(summary = "List tickets")
  public List<Ticket> list(@QueryParam("top") @DefaultValue("20") int top) {
    return List.of();
  }

  /** Gets one ticket. */
  @GET
  @Path("{id: [a-z0-9]+}")
  public Ticket getTicket(@PathParam("id") String id) {
    return null;
  }

  /**
   * Creates a ticket.
   *
   * @param ticket the ticket to create
   */
  @POST
  @Action(summary = "Create a ticket", operationId = "CreateTicket")
  public Ticket create(Ticket ticket) {
    return ticket;
  }

  /** Deletes a ticket. */
  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") String id) {}
}
