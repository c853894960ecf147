package com.acme.fidelity.shop;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("orders")
public class OrderResource {

  /** Lists the orders. */
  @GET
  @Action(summary = "List orders")
  public List<String> list() {
    return null;
  }
}
