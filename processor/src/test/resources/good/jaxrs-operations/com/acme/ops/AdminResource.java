package com.acme.ops;

import dev.connectorkit.annotations.Hidden;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** A whole resource left out of the connector. */
@Hidden
@Path("admin")
public class AdminResource {

  /** Lists the administrators. */
  @GET
  public List<String> list() {
    return List.of();
  }

  /** Empties every queue. */
  @DELETE
  public void reset() {}
}
