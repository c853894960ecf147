package com.acme.fidelity.alerts;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Extension;
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
  @Extension(name = "x-acme-audit", json = "{\"level\": 2, \"tags\": [\"ops\"]}")
  public void raise(@Extension(name = "x-acme-flag", json = "true") String text) {}
}
