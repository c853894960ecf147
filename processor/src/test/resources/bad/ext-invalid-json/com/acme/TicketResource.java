package com.acme;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.Extension;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("tickets")
public class TicketResource {

  @GET
  @Path("queues")
  @Action(operationId = "ListQueues")
  public List<String> queues(@QueryParam("top") Integer top) {
    return null;
  }

  @GET
  public List<String> list(
      @DynamicValues(operation = "ListQueues",
          parameters = @Arg(name = "top", json = "{top"))
          @QueryParam("queue") String queue,
      @Extension(name = "x-a", json = "1")
      @Extension(name = "x-b", json = "[oops")
          @QueryParam("q") String q) {
    return null;
  }
}
