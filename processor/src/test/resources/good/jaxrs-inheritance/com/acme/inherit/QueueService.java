package com.acme.inherit;

import jakarta.ws.rs.Path;
import java.util.List;

/** The class has the @Path, the interface the method annotations. */
@Path("queues")
public class QueueService implements QueueApi {

  @Override
  public List<String> listQueues() {
    return List.of();
  }

  @Override
  public void renameQueue(String queue, String to) {}
}
