package com.example.recursion;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("recursion")
public class RecursionResource {

  @GET
  @Path("category")
  public Category category() {
    return null;
  }

  @GET
  @Path("employee")
  public Employee employee() {
    return null;
  }
}
