package dev.connectorkit.example.tickets.api;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.TestConnection;
import dev.connectorkit.annotations.Visibility;
import dev.connectorkit.example.tickets.model.ServiceStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The call Power Platform makes to check a new connection and its API key. */
@Path("status")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

  /** Checks that the service is up and the API key is valid. */
  @GET
  @TestConnection
  @Action(
      summary = "Test the connection",
      operationId = "TestConnection",
      visibility = Visibility.INTERNAL)
  public ServiceStatus status() {
    return new ServiceStatus("ok", "Contoso Tickets", "1.0");
  }
}
