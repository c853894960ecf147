package dev.connectorkit.example.tickets.api;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.ResponseHeader;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.Visibility;
import dev.connectorkit.annotations.Webhook;
import dev.connectorkit.example.tickets.model.NewSubscription;
import dev.connectorkit.example.tickets.model.Problem;
import dev.connectorkit.example.tickets.model.Subscription;
import dev.connectorkit.example.tickets.model.Ticket;
import dev.connectorkit.example.tickets.store.QueueCatalog;
import dev.connectorkit.example.tickets.store.SubscriptionStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Webhook subscriptions: the "When a ticket is created" trigger and its unsubscribe call. */
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionResource {
  private final SubscriptionStore store;
  private final QueueCatalog catalog;
  // The resource is a singleton; Jersey injects a proxy to the current request's UriInfo.
  @Context private UriInfo uri;

  /** A resource over a store and the reference data. */
  public SubscriptionResource(SubscriptionStore store, QueueCatalog catalog) {
    this.store = store;
    this.catalog = catalog;
  }

  /**
   * Fires when a ticket is created, in one queue or in any.
   *
   * @param subscription where to send new tickets, and which
   */
  @POST
  @Trigger(
      summary = "When a ticket is created",
      operationId = "OnTicketCreated",
      hint = "Create a ticket.")
  @Webhook(
      payload = Ticket.class,
      payloadDescription = "The new ticket.",
      unsubscribe = "DeleteSubscription")
  @ApiResponse(
      status = 201,
      description = "The subscription was created",
      type = Subscription.class,
      headers =
          @ResponseHeader(
              name = "Location",
              description = "The subscription's URL; DELETE it to unsubscribe."))
  @ApiResponse(status = 400, description = "The subscription is not valid", type = Problem.class)
  public Response subscribe(
      @Description("Where to send new tickets, and which.") NewSubscription subscription) {
    Problems.requireBody(subscription);
    String callback = Problems.requireText(subscription.callbackUrl(), "callbackUrl", 2048);
    if (!isHttpUrl(callback)) {
      throw Problems.badRequest("callbackUrl must be an absolute http or https URL.");
    }
    String queue = subscription.queue();
    if (queue != null && catalog.queue(queue).isEmpty()) {
      throw Problems.badRequest("There is no queue " + queue + ".");
    }
    Subscription created = store.add(callback, queue);
    return Response.created(
            uri.getBaseUriBuilder().path("subscriptions").path(created.id()).build())
        .entity(created)
        .build();
  }

  /**
   * Deletes a webhook subscription; no more events are sent to its callback URL.
   *
   * @param id the subscription's ID
   */
  @DELETE
  @Path("{id}")
  @Action(
      summary = "Delete a subscription",
      operationId = "DeleteSubscription",
      visibility = Visibility.INTERNAL)
  @ApiResponse(status = 204, description = "The subscription was deleted")
  @ApiResponse(status = 404, description = "No such subscription", type = Problem.class)
  public void unsubscribe(@Summary("Subscription ID") @PathParam("id") String id) {
    if (!store.delete(id)) {
      throw Problems.notFound("There is no subscription " + id + ".");
    }
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
