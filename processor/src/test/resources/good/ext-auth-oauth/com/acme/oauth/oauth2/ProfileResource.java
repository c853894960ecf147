package com.acme.oauth.oauth2;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("me")
public class ProfileResource {

  /** Gets the signed-in user's name. */
  @GET
  @Action(summary = "Get my name", operationId = "GetMyName")
  public String me() {
    return null;
  }
}
