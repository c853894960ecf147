package com.acme.shared;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("queues")
public class QueueResource {

  /** Lists the queues. */
  @GET
  @Action(summary = "List queues", operationId = "ListQueues", visibility = Visibility.INTERNAL)
  public List<String> queues() {
    return null;
  }
}
