package com.acme;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

@Path("tickets")
public class TicketResource {
  @POST
  @Path("attachments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public String attach(
      @FormParam("name") String name,
      @FormParam("file")
      InputStream file) {
    return name;
  }
}
