package dev.connectorkit.example.tickets;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The queues tickets are filed in; feeds the queue dropdown. */
@Path("queues")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {
  private final TicketStore store;

  /** A resource over a store. */
  public QueueResource(TicketStore store) {
    this.store = store;
  }

  /** Lists the queues tickets can be filed in. */
  @GET
  @Action(summary = "List queues", operationId = "ListQueues", visibility = Visibility.INTERNAL)
  public List<Queue> list() {
    return store.queues();
  }
}
