package com.acme.untyped;

import dev.connectorkit.annotations.ApiResponse;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

@Path("records/{id}")
public class RecordResource {

  @POST
  @Path("archive")
  public Response archiveRecord(@PathParam("id") String id) {
    return Response.noContent().build();
  }

  @POST
  @Path("restore")
  @ApiResponse(status = 204, empty = true)
  public Response restoreRecord(@PathParam("id") String id) {
    return Response.noContent().build();
  }

  @SuppressWarnings("connector:UntypedResponse")
  @POST
  @Path("purge")
  public Response purgeRecord(@PathParam("id") String id) {
    return Response.noContent().build();
  }
}
