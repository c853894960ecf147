package dev.connectorkit.example.tickets.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Serves the connector files the processor wrote into the class path, at {@code
 * /connector/apiDefinition.swagger.json} and {@code /connector/apiProperties.json}, without an API
 * key: they describe the API and hold no data.
 */
final class ConnectorFilesHandler implements HttpHandler {
  /** The class-path folder of the connector's files. */
  static final String FOLDER = "/META-INF/connectors/ContosoTickets/";

  private static final List<String> FILES =
      List.of("apiDefinition.swagger.json", "apiProperties.json");

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String name = exchange.getRequestURI().getPath().substring("/connector/".length());
      if (!exchange.getRequestMethod().equals("GET")) {
        send(
            exchange,
            405,
            "{\"status\":405,\"error\":\"method_not_allowed\","
                + "\"message\":\"Only GET is allowed.\"}");
        return;
      }
      if (!FILES.contains(name)) {
        send(
            exchange,
            404,
            "{\"status\":404,\"error\":\"not_found\",\"message\":\"The connector"
                + " files are "
                + String.join(" and ", FILES)
                + ".\"}");
        return;
      }
      try (InputStream in = ConnectorFilesHandler.class.getResourceAsStream(FOLDER + name)) {
        if (in == null) {
          send(
              exchange,
              500,
              "{\"status\":500,\"error\":\"internal_error\",\"message\":\""
                  + name
                  + " is not on the class path; was the module compiled with the processor?\"}");
          return;
        }
        byte[] body = in.readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
