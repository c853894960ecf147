package com.acme.sub;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/** Created by JAX-RS for a locator returning the class, so its fields are injected. */
public class AttachmentResource {
  /** The ticket's ID. */
  @PathParam("ticketId")
  String ticketId;

  /** Lists the names of the ticket's attachments. */
  @GET
  public List<String> listAttachments() {
    return List.of();
  }

  /**
   * Gets the size of one attachment in bytes.
   *
   * @param name the attachment's file name
   */
  @GET
  @Path("{name}/size")
  public long getAttachmentSize(@PathParam("name") String name) {
    return 0;
  }
}
