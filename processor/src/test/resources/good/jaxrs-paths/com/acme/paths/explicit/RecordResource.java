package com.acme.paths.explicit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Archived records. */
@Path("records")
public class RecordResource {

  /** Gets an archived record. */
  @GET
  @Path("{year: \\d{4}}/{id}")
  public String getRecord(@PathParam("year") int year, @PathParam("id") String id) {
    return "";
  }
}
