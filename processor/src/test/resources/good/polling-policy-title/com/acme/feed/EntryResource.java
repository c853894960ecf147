package com.acme.feed;

import dev.connectorkit.annotations.Polling;
import dev.connectorkit.annotations.PollingParameter;
import dev.connectorkit.annotations.Trigger;
import dev.connectorkit.annotations.TriggerType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("entries")
public class EntryResource {

  /**
   * Fires for new feed entries.
   *
   * @param after only entries after this time
   */
  @GET
  @Trigger(summary = "When an entry is added", type = TriggerType.BATCH)
  @Polling(title = "PollingTriggerPolicyForEntries", type = "PollingTrigger",
      config = @PollingParameter(name = "after", value = "@{triggerBody()[0].created}"))
  public List<Entry> newEntries(@QueryParam("after") String after) {
    return null;
  }
}
