package com.example.display;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("display")
public class DisplayResource {

  @POST
  @Path("customers")
  public Customer create(Customer customer) {
    return customer;
  }

  @GET
  @Path("products")
  public Product product() {
    return null;
  }

  @GET
  @Path("pin")
  public Pin pin() {
    return null;
  }
}
