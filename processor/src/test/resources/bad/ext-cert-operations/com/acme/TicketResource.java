package com.acme;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {

  /** Gets a ticket. */
  @GET
  @Path("one")
  @Action(summary = "Get a ticket", operationId = "getTicket")
  public String get() {
    return null;
  }

  /** Gets the latest ticket. */
  @GET
  @Path("latest")
  @Action(summary = "Get the latest ticket.", operationId = "GetLatest")
  public String latest() {
    return null;
  }

  /** Opens or closes a ticket. */
  @PUT
  @Action(summary = "Open/close a ticket", operationId = "Toggle")
  public String toggle() {
    return null;
  }

  /** Gets the tickets of every queue. */
  @GET
  @Path("all")
  @Action(summary = "Get every ticket of every queue of every team"
      + " of the whole company, with comments", operationId = "GetAll")
  public String all() {
    return null;
  }

  @DELETE
  @Action(summary = "Delete tickets", operationId = "DeleteTickets")
  public String delete() {
    return null;
  }

  @GET
  @Path("queue")
  @Action(summary = "Get a queue", operationId = "GetQueue",
      description = "Gets a queue")
  public String queue() {
    return null;
  }

  /** Creates a ticket, or updates the one with the same title. */
  @POST
  @Action(summary = "Save a ticket", operationId = "SaveTicket")
  @ApiResponse(status = 200, description = "Updated", type = String.class)
  @ApiResponse(status = 201, description = "Created", type = String.class)
  public String save() {
    return null;
  }
}
