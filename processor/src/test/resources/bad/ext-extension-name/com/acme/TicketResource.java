package com.acme;

import dev.connectorkit.annotations.Extension;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("tickets")
public class TicketResource {

  @GET
  @Extension(name = "x-acme-audit", json = "true")
  @Extension(name = "audit", json = "false")
  public String list() {
    return null;
  }
}
