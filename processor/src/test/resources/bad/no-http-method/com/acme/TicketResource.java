package com.acme;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Trigger;

public class TicketResource implements TicketApi {
  // Inherits @GET from TicketApi.get: a resource method, so @Action is fine here.
  @Override
  @Action(summary = "Get a ticket")
  public String get(String id) {
    return id;
  }

  @Action(summary = "Archive a ticket")
  public void archive(String id) {}

  @Trigger(summary = "When a ticket is created")
  public String created() {
    return "";
  }
}
