package com.acme.fidelity.shop;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.DynamicSchema;
import dev.connectorkit.annotations.Explicit;
import dev.connectorkit.annotations.Omit;
import dev.connectorkit.annotations.ResponseHeader;
import dev.connectorkit.annotations.SwaggerKey;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.Webhook;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

@Path("orders")
public class OrderResource {

  /** Lists the orders. */
  @GET
  @Action(summary = "List orders")
  @Explicit(SwaggerKey.DEPRECATED)
  @Omit(SwaggerKey.PARAMETERS)
  public List<String> list() {
    return null;
  }

  /**
   * Downloads an order's receipt.
   *
   * @param id the order
   */
  @GET
  @Path("{id}/receipt")
  @Action(summary = "Get receipt")
  @Explicit(SwaggerKey.SECURITY)
  public Receipt receipt(@PathParam("id") String id) {
    return null;
  }

  /**
   * Updates an order with fields known at design time.
   *
   * @param id the order
   * @param fields the fields to change
   */
  @POST
  @Path("{id}")
  @Action(summary = "Update order")
  @DynamicSchema(operation = "GetOrderSchema")
  @Omit(SwaggerKey.TYPE)
  public Object update(@PathParam("id") String id,
      @DynamicSchema(operation = "GetOrderSchema") @Omit(SwaggerKey.TYPE) Object fields) {
    return null;
  }

  /** Returns the schema of an order. */
  @GET
  @Path("schema")
  @Action(summary = "Get order schema")
  public Object getOrderSchema() {
    return null;
  }

  /**
   * Fires when a customer changes.
   *
   * @param customer the customer to watch, with the callback nested in it
   */
  @POST
  @Path("hooks")
  @Trigger(summary = "When a customer changes")
  @Webhook(payload = Customer.class,
      headers = @ResponseHeader(name = "Location", description = "Where to unsubscribe."))
  @ApiResponse(status = 201, description = "Created",
      headers = @ResponseHeader(name = "Location"))
  public void watch(Customer customer) {}
}
