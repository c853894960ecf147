package com.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("queues")
public class QueueResource {

  @GET
  public List<String> list() {
    return null;
  }
}
