package com.acme.inherit;

import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/** CrudResource of Ticket: one method inherits its annotations, one declares its own. */
@Path("tickets")
public class TicketResource extends CrudResource<Ticket> {

  /**
   * Lists the tickets, newest first.
   *
   * @param count how many tickets to return
   */
  @Override
  public List<Ticket> list(int count) {
    return List.of();
  }

  /**
   * Changes some fields of a ticket. Declaring JAX-RS annotations here replaces all of the
   * inherited ones: this is a PATCH, not the base class's PUT.
   *
   * @param ticketId the ticket's ID
   * @param changes the fields to change
   */
  @Override
  @PATCH
  @Path("{id}")
  public Ticket update(@PathParam("id") String ticketId, Ticket changes) {
    return changes;
  }
}
