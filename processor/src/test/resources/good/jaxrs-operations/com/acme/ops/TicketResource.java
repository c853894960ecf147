package com.acme.ops;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Hidden;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.TriggerType;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Operation ids, summaries and descriptions, derived and explicit. */
@Path("tickets")
public class TicketResource {

  /** Lists all tickets. QueueResource has a {@code list} too, so the ids take the stems. */
  @GET
  public List<Ticket> list() {
    return List.of();
  }

  /**
   * Lists the tickets nobody closed yet.
   *
   * <p>The <b>oldest</b> come first.
   */
  @GET
  @Path("open")
  public List<Ticket> listOpenTickets() {
    return List.of();
  }

  /** Exports the tickets as comma-separated values. */
  @GET
  @Path("export")
  public String exportCSV() {
    return "";
  }

  /** This Javadoc gives way to the description of @Action. */
  @GET
  @Path("{id}")
  @Action(
      operationId = "GetTicketById",
      summary = "Get a ticket",
      description = "Gets one ticket by its ID.")
  public Ticket get(@PathParam("id") String id) {
    return null;
  }

  /** Lists the tickets in the old format. */
  @Deprecated
  @GET
  @Path("legacy")
  public List<Ticket> listLegacyTickets() {
    return List.of();
  }

  /** Archives the tickets closed before a year ago. */
  @GET
  @Path("archive")
  @Action(summary = "Archive old tickets", deprecated = true)
  public List<Ticket> archiveOldTickets() {
    return List.of();
  }

  /** Lists the ticket statuses, for a dropdown. */
  @GET
  @Path("statuses")
  @Action(visibility = Visibility.INTERNAL)
  public List<String> listStatuses() {
    return List.of();
  }

  /**
   * Returns the tickets created since the last poll.
   *
   * @param since the time of the last poll
   */
  @GET
  @Path("created")
  @Trigger(summary = "When tickets are created", type = TriggerType.BATCH)
  public List<Ticket> ticketsCreated(@QueryParam("since") String since) {
    return List.of();
  }

  /** Not in the connector. */
  @Hidden
  @GET
  @Path("metrics")
  public String metrics() {
    return "";
  }
}
