package com.acme.inherit;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Method annotations only; the implementing class has the @Path. */
public interface QueueApi {

  /** Lists the queue names. */
  @GET
  List<String> listQueues();

  /**
   * Renames a queue.
   *
   * @param name the queue's current name
   * @param newName the queue's new name
   */
  @PUT
  @Path("{name}")
  @Consumes(MediaType.TEXT_PLAIN)
  void renameQueue(@PathParam("name") String name, String newName);
}
