package com.acme.ops;

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

  /**
   * Fires for every ticket event.
   *
   * @param subscription the subscription
   */
  @POST
  @Trigger(summary = "When a ticket event happens", operationId = "OnTicketEvent")
  @Webhook(payload = Ticket.class, unsubscribe = "Unsubscribe")
  @ApiResponse(status = 201, headers = @ResponseHeader(name = "Location"))
  public Response subscribe(Subscription subscription) {
    return null;
  }

  /**
   * Deletes a subscription.
   *
   * @param id the subscription
   */
  @DELETE
  @Path("{id}")
  @Action(summary = "Unsubscribe", operationId = "Unsubscribe", visibility = Visibility.INTERNAL)
  public void unsubscribe(@PathParam("id") String id) {}
}
