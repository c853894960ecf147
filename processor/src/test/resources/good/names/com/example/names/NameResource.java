package com.example.names;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("names")
public class NameResource {

  @GET
  @Path("a")
  public Page<com.example.names.a.Ticket> a() {
    return null;
  }

  @GET
  @Path("b")
  public Page<com.example.names.b.Ticket> b() {
    return null;
  }

  @GET
  @Path("nested")
  public Outer.Ticket nested() {
    return null;
  }

  @GET
  @Path("contrived")
  public PageOfATicket contrived() {
    return null;
  }
}
