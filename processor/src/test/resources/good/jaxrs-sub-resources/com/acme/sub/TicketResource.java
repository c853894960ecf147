package com.acme.sub;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The root resource, with two sub-resource locators. */
@Path("tickets")
public class TicketResource {

  /**
   * Gets a ticket's title.
   *
   * @param id the ticket's ID
   */
  @GET
  @Path("{ticketId}")
  public String getTicketTitle(@PathParam("ticketId") String id) {
    return "";
  }

  /**
   * The comments of a ticket.
   *
   * @param id the ticket's ID
   */
  @Path("{ticketId}/comments")
  public CommentResource comments(@PathParam("ticketId") String id) {
    return new CommentResource(id);
  }

  /** The attachments of a ticket: JAX-RS creates the resource and injects its fields. */
  @Path("/{ticketId}/attachments/")
  public Class<AttachmentResource> attachments() {
    return AttachmentResource.class;
  }
}
