package com.acme.probe.args;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.TestConnection;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("tickets")
public class TicketResource {

  /**
   * Lists the titles of a queue's tickets.
   *
   * @param queue the queue
   * @param top how many at most
   */
  @GET
  @Action(summary = "List ticket titles", operationId = "ListTicketTitles")
  @TestConnection(
      parameters = {@Arg(name = "queue", value = "inbox"), @Arg(name = "top", json = "1")})
  public List<String> list(@QueryParam("queue") @NotNull String queue,
      @QueryParam("top") Integer top) {
    return null;
  }
}
