package com.acme.multi.shared;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** Below the suite's package, under no other connector. */
@Path("ping")
public class PingResource {

  /** Lists the latest ping times. */
  @GET
  public List<String> listPingTimes() {
    return List.of();
  }
}
