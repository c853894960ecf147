package com.acme;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.Webhook;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("hooks")
public class HookResource {

  @POST
  @Trigger(operationId = "OnEvent")
  @Webhook(payload = Event.class, unsubscribe = "Unsubscribe")
  public Event subscribe(Subscription subscription) {
    return null;
  }

  @DELETE
  @Path("{id}")
  @Action(operationId = "Unsubscribe")
  public void unsubscribe(@PathParam("id") String id) {}
}
