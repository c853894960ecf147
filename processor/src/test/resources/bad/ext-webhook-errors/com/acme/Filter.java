package com.acme;

import dev.connectorkit.annotations.NotificationUrl;
import jakarta.ws.rs.QueryParam;

/** Query parameters of a search. */
public class Filter {
  @NotificationUrl
  @QueryParam("callback")
  public String callback;
}
