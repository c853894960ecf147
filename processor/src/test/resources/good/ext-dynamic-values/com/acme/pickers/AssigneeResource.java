package com.acme.pickers;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("queues/{queueId}/assignees")
public class AssigneeResource {

  /**
   * Lists who can work on the queue's tickets.
   *
   * @param queueId the queue
   */
  @GET
  @Action(summary = "List assignees", visibility = Visibility.INTERNAL)
  public AssigneePage list(@PathParam("queueId") String queueId) {
    return null;
  }
}
