package com.acme.hooks;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.ResponseHeader;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.Visibility;
import dev.connectorkit.annotations.Webhook;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

@Path("subscriptions")
public class SubscriptionResource {

  /** Fires when a ticket is created in the queue. */
  @POST
  @Trigger(summary = "When a ticket is created", operationId = "OnTicketCreated",
      hint = "Create a ticket in the queue.")
  @Webhook(payload = TicketEvent.class, payloadDescription = "The new ticket.",
      unsubscribe = "delete")
  @ApiResponse(status = 201, description = "Subscribed",
      headers = @ResponseHeader(name = "Location", description = "The subscription's URL."))
  public Response subscribe(Subscription subscription) {
    return null;
  }

  /** Deletes a subscription. */
  @DELETE
  @Path("{id}")
  @Action(summary = "Delete a subscription", operationId = "DeleteSubscription",
      visibility = Visibility.INTERNAL)
  public void delete(@PathParam("id") String id) {}
}
