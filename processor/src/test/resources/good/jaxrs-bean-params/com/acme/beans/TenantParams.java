package com.acme.beans;

import jakarta.ws.rs.HeaderParam;

/** A bean parameter's superclass: its fields are injected too. */
public class TenantParams {
  /** The tenant the orders belong to. */
  @HeaderParam("X-Tenant")
  String tenant;
}
