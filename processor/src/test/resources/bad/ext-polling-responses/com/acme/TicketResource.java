package com.acme;

import dev.connectorkit.annotations.Polling;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.TriggerType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("tickets")
public class TicketResource {

  @GET
  @Trigger(operationId = "OnTickets", type = TriggerType.BATCH)
  @Polling
  public List<String> changes() {
    return null;
  }
}
