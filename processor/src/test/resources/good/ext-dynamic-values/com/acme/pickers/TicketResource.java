package com.acme.pickers;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicValues;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

@Path("queues/{queueId}/tickets")
public class TicketResource {

  /**
   * Creates a ticket in a queue.
   *
   * @param queueId the queue
   * @param notify who to tell
   * @param ticket the ticket
   */
  @POST
  @Action(summary = "Create a ticket")
  public NewTicket create(
      @DynamicValues(operation = "ListQueues", valuePath = "id", titlePath = "name",
          parameters = {@Arg(name = "top", json = "100"), @Arg(name = "kind", value = "open")},
          withDynamicList = true)
          @PathParam("queueId") String queueId,
      @DynamicValues(operation = "com.acme.pickers.AssigneeResource#list", collection = "value",
          valuePath = "email", titlePath = "name",
          parameters = @Arg(name = "queueId", parameter = "queueId"))
          @QueryParam("notify") String notify,
      NewTicket ticket) {
    return null;
  }
}
