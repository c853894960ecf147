package com.example.shapes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("shapes")
public class ShapesResource {

  @GET
  @Path("order")
  public Order order() {
    return null;
  }

  @GET
  @Path("extras")
  public Extras extras() {
    return null;
  }

  @POST
  @Path("price")
  public Money price(Money price) {
    return price;
  }
}
