package com.acme.fidelity.alerts;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("alerts")
public class AlertResource {

  /**
   * Raises an alert.
   *
   * @param text what happened
   */
  @POST
  @Action(summary = "Raise an alert")
  public void raise(String text) {}
}
