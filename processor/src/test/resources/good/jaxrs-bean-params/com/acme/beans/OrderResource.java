package com.acme.beans;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** A per-request resource: its parameter fields apply to every operation. */
@Path("customers/{customerId}/orders")
public class OrderResource {
  /** The customer whose orders these are. */
  @PathParam("customerId")
  String customerId;

  /** An ID to follow the request through the logs. */
  @HeaderParam("X-Correlation-Id")
  String correlationId;

  @Context SecurityContext security;

  /** Searches the customer's orders. */
  @GET
  public List<String> searchOrders(
      @BeanParam OrderFilter filter,
      @Context UriInfo uriInfo,
      @Context HttpHeaders headers,
      @Context SecurityContext securityContext) {
    return List.of();
  }

  /**
   * Gets one order of the customer.
   *
   * @param orderId the order's ID
   */
  @GET
  @Path("{orderId}")
  public String getOrder(@PathParam("orderId") String orderId, @Context UriInfo uriInfo) {
    return "";
  }
}
