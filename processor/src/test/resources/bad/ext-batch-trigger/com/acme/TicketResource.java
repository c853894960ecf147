package com.acme;

import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.TriggerType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {

  /**
   * A ticket.
   *
   * @param id the ticket's ID
   */
  public record Ticket(String id) {}

  @GET
  @Trigger(operationId = "OnTicket",
      type = TriggerType.BATCH)
  public Ticket latest() {
    return null;
  }
}
