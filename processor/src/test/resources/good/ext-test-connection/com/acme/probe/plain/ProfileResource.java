package com.acme.probe.plain;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.TestConnection;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("me")
public class ProfileResource {

  /** Gets the signed-in user's profile. */
  @GET
  @Action(summary = "Get my profile", operationId = "GetMe", visibility = Visibility.INTERNAL)
  @TestConnection
  public Profile me() {
    return null;
  }
}
