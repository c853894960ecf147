package com.acme;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.ResponseHeader;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.Visibility;
import dev.connectorkit.annotations.Webhook;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("hooks")
public class HookResource {

  @POST
  @Path("plain")
  @Trigger(operationId = "OnPlainEvent")
  @Webhook(payload = Event.class, payloadDescription = "A plain event.",
      unsubscribe = "Unsubscribe")
  @ApiResponse(status = 201, headers = @ResponseHeader(name = "Location"))
  public Response subscribePlain(PlainSubscription subscription) {
    return null;
  }

  @POST
  @Path("numbered")
  @Trigger(operationId = "OnNumberedEvent")
  @Webhook(payload = Event.class, unsubscribe = "Unsubscribe")
  @ApiResponse(status = 201, headers = @ResponseHeader(name = "Location"))
  public Response subscribeNumbered(NumberedSubscription subscription) {
    return null;
  }

  @POST
  @Path("wrong-delete")
  @Trigger(operationId = "OnWrongEvent")
  @Webhook(payload = Event.class, unsubscribe = "GetSubscription")
  @ApiResponse(status = 201, headers = @ResponseHeader(name = "Location"))
  public Response subscribeWrongDelete(Subscription subscription) {
    return null;
  }

  @POST
  @Path("action")
  @Action(operationId = "RegisterCallback")
  public void registerCallback(Subscription subscription) {}

  @POST
  @Path("not-trigger")
  @Action(operationId = "NotATrigger")
  @Webhook(unsubscribe = "Unsubscribe", payload = Event.class)
  public void notATrigger(PlainSubscription subscription) {}

  @GET
  @Path("search")
  public List<String> search(@BeanParam Filter filter) {
    return null;
  }

  @GET
  @Path("{id}")
  @Action(operationId = "GetSubscription", visibility = Visibility.INTERNAL)
  public String get(@PathParam("id") String id) {
    return null;
  }

  @DELETE
  @Path("{id}")
  @Action(operationId = "Unsubscribe", visibility = Visibility.INTERNAL)
  public void unsubscribe(@PathParam("id") String id) {}
}
