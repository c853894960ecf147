package com.acme.polls;

import dev.connectorkit.annotations.Polling;
import dev.connectorkit.annotations.PollingParameter;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.TriggerType;
import dev.connectorkit.annotations.TriggerValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

@Path("updates")
public class UpdateResource {

  /**
   * Fires for every batch of ticket updates.
   *
   * @param since only updates after this time
   */
  @GET
  @Trigger(summary = "When tickets are updated", type = TriggerType.BATCH)
  @Polling(config = @PollingParameter(name = "since", value = "@{triggerBody().value[0].updated}"))
  public UpdatePage updates(
      @TriggerValue(collection = "value", path = "updated") @QueryParam("since") String since) {
    return null;
  }
}
