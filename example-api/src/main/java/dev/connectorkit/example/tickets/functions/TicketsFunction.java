package dev.connectorkit.example.tickets.functions;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import dev.connectorkit.example.tickets.Settings;
import dev.connectorkit.example.tickets.TicketsRuntime;
import java.util.Optional;
import java.util.logging.Level;

/**
 * The Azure Function: one anonymous HTTP trigger for every path under {@code /api/} that hands each
 * request to the tickets application in-process; the application checks the API key.
 */
public class TicketsFunction {
  private static final Object LOCK = new Object();
  private static volatile JerseyBridge bridge;

  /** Handles one request; the first request of a worker starts the service from app settings. */
  @FunctionName("tickets")
  public HttpResponseMessage run(
      @HttpTrigger(
              name = "request",
              methods = {
                HttpMethod.GET,
                HttpMethod.POST,
                HttpMethod.PUT,
                HttpMethod.PATCH,
                HttpMethod.DELETE
              },
              authLevel = AuthorizationLevel.ANONYMOUS,
              route = "{*path}",
              dataType = "binary")
          HttpRequestMessage<Optional<byte[]>> request,
      ExecutionContext context) {
    JerseyBridge b;
    try {
      b = bridge();
    } catch (RuntimeException e) {
      context.getLogger().log(Level.SEVERE, "The tickets service cannot start", e);
      return request
          .createResponseBuilder(HttpStatus.INTERNAL_SERVER_ERROR)
          .header("Content-Type", "application/json")
          .body(
              "{\"status\":500,\"error\":\"not_configured\",\"message\":\"The service is not"
                  + " configured; see the function's log.\"}")
          .build();
    }
    return b.handle(request);
  }

  private static JerseyBridge bridge() {
    JerseyBridge b = bridge;
    if (b == null) {
      synchronized (LOCK) {
        b = bridge;
        if (b == null) {
          // One runtime per worker process, kept for the life of the worker.
          b = new JerseyBridge(TicketsRuntime.start(Settings.fromEnvironment()).application());
          bridge = b;
        }
      }
    }
    return b;
  }
}
