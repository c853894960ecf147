package dev.connectorkit.example.tickets.contract;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on 127.0.0.1 that records each POST and answers with the statuses it was
 * given, in turn (the last one repeating), optionally after a delay.
 */
public final class Receiver implements AutoCloseable {
  /**
   * One POST the receiver got.
   *
   * @param contentType the request's Content-Type
   * @param body the request body
   */
  public record Delivery(String contentType, byte[] body) {}

  private final HttpServer server;
  private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
  private final AtomicInteger calls = new AtomicInteger();

  private Receiver(List<Integer> statuses, Duration delay) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange;
              InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            int n = calls.getAndIncrement();
            if (!delay.isZero()) {
              Thread.sleep(delay.toMillis());
            }
            if (exchange.getRequestMethod().equals("POST")) {
              deliveries.add(
                  new Delivery(exchange.getRequestHeaders().getFirst("Content-Type"), body));
            }
            exchange.sendResponseHeaders(statuses.get(Math.min(n, statuses.size() - 1)), -1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.start();
  }

  /** A receiver that answers 200 at once. */
  public static Receiver start() {
    return start(List.of(200), Duration.ZERO);
  }

  /** A receiver answering the given statuses in turn after a delay. */
  public static Receiver start(List<Integer> statuses, Duration delay) {
    try {
      return new Receiver(new ArrayList<>(statuses), delay);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The callback URL. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
  }

  /** The next delivery, waiting at most {@code timeout}. */
  public Optional<Delivery> next(Duration timeout) throws InterruptedException {
    return Optional.ofNullable(deliveries.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** How many requests arrived, successful or not. */
  public int calls() {
    return calls.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
