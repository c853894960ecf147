package com.acme.pages;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Pageable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("lists")
public class ListResource {

  /** Lists the tickets' titles. */
  @GET
  @Path("tickets")
  @Action(summary = "List tickets", operationId = "ListTickets")
  @Pageable(nextLinkName = "@odata.nextLink")
  public Page tickets() {
    return null;
  }

  /** Lists the queues' names. */
  @GET
  @Path("queues")
  @Action(summary = "List queues", operationId = "ListQueues")
  @Pageable(nextLinkName = "@odata.nextLink")
  public Page queues() {
    return null;
  }

  /** Lists the users' names; their next link already points at the connector's host. */
  @GET
  @Path("users")
  @Action(summary = "List users", operationId = "ListUsers")
  @Pageable(nextLinkName = "@odata.nextLink", updateNextLink = false)
  public Page users() {
    return null;
  }
}
