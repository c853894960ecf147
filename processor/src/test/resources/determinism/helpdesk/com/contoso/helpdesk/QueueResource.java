package com.contoso.helpdesk;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/** Queues. */
@Path("queues")
public class QueueResource {

  /** Lists queues, to choose one from. */
  @GET
  @Action(summary = "List queues", visibility = Visibility.INTERNAL)
  public List<Queue> list() {
    return List.of();
  }

  /**
   * Gets one queue.
   *
   * @param id the queue's ID
   */
  @GET
  @Path("{id}")
  public Queue get(@PathParam("id") String id) {
    return null;
  }
}
