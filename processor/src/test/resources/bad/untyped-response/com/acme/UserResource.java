package com.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

@SuppressWarnings("connector:UntypedResponse")
@Path("users")
public class UserResource {
  @GET
  public Response get() {
    return Response.ok().build();
  }
}
