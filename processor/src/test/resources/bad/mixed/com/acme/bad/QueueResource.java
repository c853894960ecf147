package com.acme.bad;

import dev.connectorkit.annotations.ApiResponse;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;

@Path("queues")
public class QueueResource {
  @DELETE
  @ApiResponse(status = 204)
  @ApiResponse(status = 1204)
  public void delete() {}
}
