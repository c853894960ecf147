package com.acme.multi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** In the suite's own package. */
@Path("status")
public class StatusResource {

  /** Lists the status of every service. */
  @GET
  public List<String> listServiceStatuses() {
    return List.of();
  }
}
