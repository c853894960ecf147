package com.acme.params;

import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/** @Encoded on the class applies to every parameter of its methods. */
@Encoded
@Path("folders")
public class FolderResource {

  /**
   * Lists the cases filed in a folder.
   *
   * @param folder the folder's name, sent still encoded
   */
  @GET
  @Path("{folder}/cases")
  public List<String> listFolderCases(@PathParam("folder") String folder) {
    return List.of();
  }
}
