package com.acme.ops;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.Extension;
import dev.connectorkit.annotations.Tags;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("tickets")
@Tags("Tickets")
public class TicketResource {

  /**
   * Finds tickets by text without changing anything.
   *
   * @param query what to look for
   */
  @POST
  @Path("search")
  @Action(summary = "Search tickets", operationId = "SearchTickets", safe = true)
  @Tags({"Tickets", "Search"})
  public List<Ticket> search(String query) {
    return null;
  }

  /**
   * Creates a ticket for a test.
   *
   * @param title the title
   * @param priority the priority
   */
  @POST
  @Path("test")
  @Action(summary = "Create a test ticket", operationId = "CreateTestTicket",
      visibility = Visibility.INTERNAL)
  public Ticket createTest(@QueryParam("title") String title,
      @QueryParam("priority") Integer priority) {
    return null;
  }

  /**
   * Deletes a ticket for good.
   *
   * @param id the ticket
   */
  @DELETE
  @Path("{id}")
  @Action(summary = "Delete a ticket", operationId = "DeleteTicket", noGenericTest = true)
  @Extension(name = "x-acme-audit", json = "{\"level\": 3}")
  public void delete(@PathParam("id") String id) {}

  /**
   * Fires when a ticket is created.
   *
   * @param queue the queue to watch
   */
  @GET
  @Path("created")
  @Trigger(summary = "When a ticket is created", operationId = "OnTicketCreated",
      hint = "Create a ticket in the queue.", notification = "OnTicketEvent",
      simulate = "CreateTestTicket",
      simulateParameters = {@Arg(name = "title", parameter = "queue"),
          @Arg(name = "priority", json = "2")},
      noGenericTest = true)
  public Ticket created(@QueryParam("queue") String queue) {
    return null;
  }
}
