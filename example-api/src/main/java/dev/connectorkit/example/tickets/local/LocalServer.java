package dev.connectorkit.example.tickets.local;

import com.sun.net.httpserver.HttpServer;
import dev.connectorkit.example.tickets.Settings;
import dev.connectorkit.example.tickets.TicketsRuntime;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Runs the service on {@code 127.0.0.1} with Jersey's JDK HTTP server: the API under {@code /api/}
 * and the connector files under {@code /connector/}.
 */
public final class LocalServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(LocalServer.class.getName());

  private final TicketsRuntime runtime;
  private final HttpServer server;
  private final URI root;

  private LocalServer(TicketsRuntime runtime, HttpServer server, URI root) {
    this.runtime = runtime;
    this.server = server;
    this.root = root;
  }

  /** Starts a server on 127.0.0.1 at the settings' port; port 0 picks a free one. */
  public static LocalServer start(Settings settings) {
    TicketsRuntime runtime = TicketsRuntime.start(settings);
    try {
      // Jersey appends the @ApplicationPath ("/api") to this base.
      URI base = URI.create("http://127.0.0.1:" + settings.port() + "/");
      HttpServer server =
          JdkHttpServerFactory.createHttpServer(
              base, ResourceConfig.forApplication(runtime.application()), false);
      server.createContext("/connector/", new ConnectorFilesHandler());
      server.start();
      URI root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      return new LocalServer(runtime, server, root);
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  /** The server's root URL, such as {@code http://127.0.0.1:7071/}. */
  public URI root() {
    return root;
  }

  /** The running instance behind the server. */
  public TicketsRuntime runtime() {
    return runtime;
  }

  /** Stops the server and the service. */
  @Override
  public void close() {
    server.stop(0);
    runtime.close();
  }

  /** Starts the server and runs until the process is stopped (Ctrl+C). */
  public static void main(String[] args) throws InterruptedException {
    Settings settings = Settings.fromEnvironment();
    if (settings.apiKey() == null) {
      settings = settings.withApiKey(Settings.LOCAL_DEVELOPMENT_KEY);
      LOG.warning(
          "TICKETS_API_KEY is not set; using the development key "
              + Settings.LOCAL_DEVELOPMENT_KEY
              + " (local runs only).");
    }
    LocalServer server = start(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    System.out.println("Contoso Tickets is running on " + server.root());
    System.out.println("  API:       " + server.root() + "api/  (header X-API-Key)");
    System.out.println("  Connector: " + server.root() + "connector/apiDefinition.swagger.json");
    System.out.println("             " + server.root() + "connector/apiProperties.json");
    System.out.println("Press Ctrl+C to stop.");
    stopped.await();
  }
}
