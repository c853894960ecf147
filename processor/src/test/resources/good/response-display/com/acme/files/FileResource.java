package com.acme.files;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Format;
import dev.connectorkit.annotations.Summary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("files/{id}")
public class FileResource {

  /**
   * Gets a file's content.
   *
   * @param id the file
   */
  @GET
  @Format("binary")
  @Summary("File content")
  @Description("The content of the file.")
  public String getContent(@PathParam("id") String id) {
    return null;
  }

  /**
   * Gets a file's name.
   *
   * @param id the file
   */
  @GET
  @Path("name")
  @Summary("File name")
  public String getName(@PathParam("id") String id) {
    return null;
  }
}
