package dev.connectorkit.example.tickets.contract;

import dev.connectorkit.example.tickets.Settings;
import dev.connectorkit.example.tickets.TicketsRuntime;
import dev.connectorkit.example.tickets.local.LocalServer;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** The real local server on an ephemeral loopback port, with its own in-memory database. */
public final class TestService implements AutoCloseable {
  /** The API key of every test service. */
  public static final String KEY = "test-key-" + UUID.randomUUID();

  private final LocalServer server;

  private TestService(LocalServer server) {
    this.server = server;
  }

  /** Starts a service whose webhooks retry fast and whose pollers wait 5 seconds. */
  public static TestService start() {
    return start(Map.of());
  }

  /** Starts a service with settings added to or replacing the test defaults. */
  public static TestService start(Map<String, String> overrides) {
    Map<String, String> values =
        new java.util.HashMap<>(
            Map.of(
                "TICKETS_API_KEY", KEY,
                "TICKETS_JDBC_URL", "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "TICKETS_RETRY_AFTER_SECONDS", "5",
                "TICKETS_WEBHOOK_ATTEMPTS", "3",
                "TICKETS_WEBHOOK_FIRST_DELAY_MS", "50",
                "port", "0"));
    values.putAll(overrides);
    return new TestService(LocalServer.start(Settings.from(values::get)));
  }

  /** The server's root, such as {@code http://127.0.0.1:41234/}. */
  public URI root() {
    return server.root();
  }

  /** The running instance behind the server, for checks the API cannot make without effects. */
  public TicketsRuntime runtime() {
    return server.runtime();
  }

  @Override
  public void close() {
    server.close();
  }
}
