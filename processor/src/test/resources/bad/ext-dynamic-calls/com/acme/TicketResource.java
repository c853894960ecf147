package com.acme;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicValues;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("tickets")
public class TicketResource {

  @GET
  @Path("queues")
  @Action(operationId = "ListQueues")
  public List<Queue> queues(@QueryParam("kind") String kind) {
    return null;
  }

  @GET
  @Path("queues/{queue}/members")
  @Action(operationId = "ListMembers")
  public List<String> members(@PathParam("queue") String queue) {
    return null;
  }

  @POST
  public void create(
      @DynamicValues(operation = "ListQueues", valuePath = "id",
          parameters = @Arg(name = "nope", value = "x"))
          @QueryParam("a") String a,
      @DynamicValues(operation = "ListQueues", valuePath = "id",
          parameters = @Arg(name = "kind", parameter = "nosuch"))
          @QueryParam("b") String b,
      @DynamicValues(operation = "ListMembers")
          @QueryParam("c") String c,
      @DynamicValues(operation = "ListQueues",
          valuePath = "idx")
          @QueryParam("d") String d,
      NewTicket ticket) {}
}
