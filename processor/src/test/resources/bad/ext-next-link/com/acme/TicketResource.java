package com.acme;

import dev.connectorkit.annotations.Pageable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("tickets")
public class TicketResource {

  /**
   * A page.
   *
   * @param value the titles
   * @param next the next page
   */
  public record Page(List<String> value, String next) {}

  @GET
  @Pageable(updateNextLink = false,
      nextLinkName = "next")
  public Page list() {
    return null;
  }
}
