package com.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("queues")
public class QueueResource {
  @GET
  public String list() {
    return "";
  }
}
