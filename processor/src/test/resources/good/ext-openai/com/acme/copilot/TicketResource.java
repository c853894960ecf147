package com.acme.copilot;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.OpenAiData;
import dev.connectorkit.annotations.OpenAiParameter;
import dev.connectorkit.annotations.OpenAiProperty;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("tickets")
public class TicketResource {

  /**
   * Finds tickets by text.
   *
   * @param query what to look for
   * @param top how many at most
   */
  @GET
  @Action(summary = "Find tickets", operationId = "FindTickets")
  @OpenAiData(parameters = {
    @OpenAiParameter(name = "q",
        properties = @OpenAiProperty(name = "x-ms-explicit-input", json = "true")),
    @OpenAiParameter(name = "top", properties = {
      @OpenAiProperty(name = "required", json = "false"),
      @OpenAiProperty(name = "default", json = "{\"value\": 5}")
    })
  })
  public List<String> find(@QueryParam("q") String query, @QueryParam("top") Integer top) {
    return null;
  }

  /**
   * Closes a ticket.
   *
   * @param id the ticket
   */
  @DELETE
  @Path("{id}")
  @Action(summary = "Close a ticket", operationId = "CloseTicket")
  @OpenAiData(requireUserConfirmation = true)
  public void close(@PathParam("id") String id) {}

  /** Counts the tickets. */
  @GET
  @Path("count")
  @Action(summary = "Count tickets", operationId = "CountTickets")
  @OpenAiData(enabled = false)
  public int count() {
    return 0;
  }
}
