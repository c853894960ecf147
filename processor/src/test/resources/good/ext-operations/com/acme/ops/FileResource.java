package com.acme.ops;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.io.InputStream;

@Path("files")
public class FileResource {

  /**
   * Uploads a file in chunks.
   *
   * @param name the file's name
   * @param content the file's content
   */
  @PUT
  @Path("{name}")
  @Consumes("application/octet-stream")
  @Action(summary = "Upload a file", operationId = "UploadFile", chunkTransfer = true)
  public void upload(@PathParam("name") String name, InputStream content) {}
}
