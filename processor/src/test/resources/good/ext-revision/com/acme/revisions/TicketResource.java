package com.acme.revisions;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ReleaseStatus;
import dev.connectorkit.annotations.Revision;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("")
public class TicketResource {

  /** Lists the tickets' titles. */
  @GET
  @Path("tickets")
  @Action(summary = "List tickets", operationId = "ListTickets")
  @Revision(replacementApi = "acmerevisions", replacementOperation = "ListTickets_V2")
  @Deprecated
  public List<String> list() {
    return null;
  }

  /** Lists the tickets' titles, newest first. */
  @GET
  @Path("v2/tickets")
  @Action(summary = "List tickets", operationId = "ListTickets_V2")
  @Revision(family = "ListTickets", revision = 2, status = ReleaseStatus.PRODUCTION)
  public List<String> listV2() {
    return null;
  }

  /** Lists the queues' names. */
  @GET
  @Path("queues")
  @Action(summary = "List queues", operationId = "ListQueues")
  @Revision
  public List<String> queues() {
    return null;
  }
}
