package dev.connectorkit.example.tickets.api;

import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Internal;
import dev.connectorkit.annotations.Polling;
import dev.connectorkit.annotations.ResponseHeader;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.TriggerType;
import dev.connectorkit.example.tickets.model.Problem;
import dev.connectorkit.example.tickets.model.TicketList;
import dev.connectorkit.example.tickets.polling.UpdateFeed;
import dev.connectorkit.example.tickets.polling.UpdateFeed.Poll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;

/**
 * The "When a ticket is updated" polling trigger: 202 with {@code Retry-After} and {@code Location}
 * while nothing is new, 200 with the updated tickets and the next {@code Location} when something
 * is.
 */
@Path("tickets/updates")
@Produces(MediaType.APPLICATION_JSON)
public class TicketUpdatesResource {
  private final UpdateFeed feed;
  private final int retryAfterSeconds;
  // The resource is a singleton; Jersey injects a proxy to the current request's UriInfo.
  @Context private UriInfo uri;

  /** A trigger over a feed, asking pollers to wait {@code retryAfterSeconds} between polls. */
  public TicketUpdatesResource(UpdateFeed feed, int retryAfterSeconds) {
    this.feed = feed;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /**
   * Fires when tickets are updated, with the updated tickets, newest first.
   *
   * @param since the cursor from the previous poll's Location; left out on the first poll
   */
  @GET
  @Trigger(
      summary = "When a ticket is updated",
      operationId = "OnTicketUpdated",
      type = TriggerType.BATCH,
      hint = "Update a ticket.")
  @Polling
  @ApiResponse(
      status = 200,
      description = "Tickets were updated since the cursor",
      type = TicketList.class,
      headers = @ResponseHeader(name = "Location", description = "The URL to poll next."))
  @ApiResponse(
      status = 202,
      description = "No ticket was updated since the cursor",
      empty = true,
      headers = {
        @ResponseHeader(name = "Location", description = "The URL to poll next."),
        @ResponseHeader(
            name = "Retry-After",
            type = Integer.class,
            description = "How many seconds to wait before polling again.")
      })
  @ApiResponse(status = 400, description = "The cursor is not valid", type = Problem.class)
  public Response poll(@Internal @Summary("Since") @QueryParam("since") String since) {
    Optional<Long> cursor = UpdateFeed.parse(since);
    if (since != null && cursor.isEmpty()) {
      throw Problems.badRequest("since must be a cursor from a previous poll's Location.");
    }
    Poll poll = feed.poll(cursor);
    URI next =
        uri.getBaseUriBuilder().path("tickets/updates").queryParam("since", poll.next()).build();
    if (poll.tickets().isEmpty()) {
      return Response.accepted().location(next).header("Retry-After", retryAfterSeconds).build();
    }
    return Response.ok(new TicketList(poll.tickets())).location(next).build();
  }
}
