package com.example.polymorphism;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("shapes")
public class ShapeResource {

  @GET
  public List<Shape> shapes() {
    return null;
  }

  @POST
  public Shape add(Shape shape) {
    return shape;
  }

  @GET
  @Path("derived")
  public Derived derived() {
    return null;
  }
}
