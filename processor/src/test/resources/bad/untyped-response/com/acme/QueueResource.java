package com.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@Path("queues")
public class QueueResource {
  @GET
  @SuppressWarnings("connector:UntypedResponse")
  public Response get() {
    return Response.ok().build();
  }
}
