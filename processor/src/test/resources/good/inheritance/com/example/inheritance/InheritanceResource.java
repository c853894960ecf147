package com.example.inheritance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("inheritance")
public class InheritanceResource {

  @GET
  @Path("ticket")
  public Ticket ticket() {
    return null;
  }

  @GET
  @Path("shapes")
  public List<Shape> shapes() {
    return null;
  }

  @POST
  @Path("circle")
  public Circle circle(Circle circle) {
    return circle;
  }
}
