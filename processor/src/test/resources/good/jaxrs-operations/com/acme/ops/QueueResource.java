package com.acme.ops;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** A second resource with a method named list. */
@Path("queues")
public class QueueResource {

  /** Lists the queues. */
  @GET
  public List<String> list() {
    return List.of();
  }
}
