package com.acme.paths.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/** Class and method paths with stray slashes and regular expressions. */
@Path("/files/")
public class FileResource {

  /** Lists the file names. */
  @GET
  public List<String> listFiles() {
    return List.of();
  }

  /** Gets the name of one file. */
  @GET
  @Path("{id: \\d+}")
  public String getFile(@PathParam("id") long id) {
    return "";
  }

  /** Lists the versions of a file. */
  @GET
  @Path("/{id: \\d+}/versions/")
  public List<String> listVersions(@PathParam("id") long id) {
    return List.of();
  }

  /** Reads a file inside an archive, the inner path spanning several segments. */
  @GET
  @Path("{id : \\d+}/entries/{path: .+}")
  public String getEntry(@PathParam("id") long id, @PathParam("path") String path) {
    return "";
  }

  /** Finds a file by its three-letter code; the regex holds braces of its own. */
  @GET
  @Path("//by-code/{code: [A-Z]{3}}//")
  public String findByCode(@PathParam("code") String code) {
    return "";
  }
}
