package com.example.collections;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Path("shelves")
public class ShelfResource {

  @GET
  public Shelf getShelf() {
    return null;
  }

  @POST
  public Shelf putShelf(Shelf shelf) {
    return shelf;
  }

  @GET
  @Path("tickets")
  public TicketList tickets() {
    return null;
  }

  @POST
  @Path("tickets")
  public List<Ticket> addTickets(Ticket[] tickets) {
    return null;
  }

  @GET
  @Path("tags")
  public Set<String> tags() {
    return null;
  }

  @GET
  @Path("index")
  public Map<String, Ticket> index() {
    return null;
  }
}
