package dev.connectorkit.example.tickets.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectorkit.example.tickets.Settings;
import dev.connectorkit.example.tickets.contract.ConnectorFiles;
import dev.connectorkit.example.tickets.contract.TestService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local server: loopback only, the API under /api/, the connector files under /connector/. */
class LocalServerTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static TestService service;

  @BeforeAll
  static void start() {
    service = TestService.start();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void servesTheConnectorFilesWithoutAKey() throws Exception {
    for (String name : new String[] {"apiDefinition.swagger.json", "apiProperties.json"}) {
      HttpResponse<byte[]> r = get("connector/" + name);
      assertEquals(200, r.statusCode());
      assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
      assertArrayEquals(ConnectorFiles.bytes(name), r.body());
    }
    assertEquals(404, get("connector/icon.png").statusCode());
  }

  @Test
  void bindsToLoopbackOnly() {
    assertEquals("127.0.0.1", service.root().getHost());
  }

  @Test
  void answersUnknownPathsWithAProblem() throws Exception {
    HttpResponse<byte[]> r =
        HTTP.send(
            HttpRequest.newBuilder(service.root().resolve("api/nope"))
                .header("X-API-Key", TestService.KEY)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(404, r.statusCode());
    assertTrue(new String(r.body()).contains("\"error\":\"not_found\""));
  }

  @Test
  void refusesToStartWithoutAnApiKey() {
    Settings settings = Settings.from(Map.of("port", "0")::get);
    assertThrows(IllegalStateException.class, () -> LocalServer.start(settings));
  }

  private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(service.root() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
