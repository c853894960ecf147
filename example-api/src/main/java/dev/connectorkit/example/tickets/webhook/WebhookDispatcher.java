package dev.connectorkit.example.tickets.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorkit.example.tickets.model.Subscription;
import dev.connectorkit.example.tickets.model.Ticket;
import dev.connectorkit.example.tickets.store.SubscriptionStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends each new ticket to the callback URL of every matching subscription, in the background: the
 * request that created the ticket never waits. A failed delivery (no answer, 408, 429 or 5xx) is
 * retried with doubling delays up to {@link Policy#attempts()}; 410 Gone removes the subscription;
 * deliveries to a deleted subscription stop.
 */
public final class WebhookDispatcher implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  /**
   * How hard to try.
   *
   * @param attempts how many times to send one event at most
   * @param firstDelay the wait before the first retry; each further retry waits twice as long
   * @param timeout how long one attempt may take
   */
  public record Policy(int attempts, Duration firstDelay, Duration timeout) {}

  private final SubscriptionStore subscriptions;
  private final ObjectMapper json;
  private final Policy policy;
  private final ScheduledExecutorService executor;
  private final HttpClient http;

  /** A dispatcher with its own two threads. */
  public WebhookDispatcher(SubscriptionStore subscriptions, ObjectMapper json, Policy policy) {
    this.subscriptions = subscriptions;
    this.json = json;
    this.policy = policy;
    this.executor =
        Executors.newScheduledThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "webhook-delivery");
              t.setDaemon(true);
              return t;
            });
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(policy.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(executor)
            .build();
  }

  /** Queues the event "ticket created" for delivery; returns at once. */
  public void ticketCreated(Ticket ticket) {
    submit(
        () -> {
          byte[] body;
          try {
            body = json.writeValueAsBytes(ticket);
          } catch (JsonProcessingException e) {
            LOG.log(Level.SEVERE, "Cannot write ticket " + ticket.id(), e);
            return;
          }
          for (Subscription s : subscriptions.forQueue(ticket.queue())) {
            send(s, body, 1);
          }
        });
  }

  private void send(Subscription s, byte[] body, int attempt) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(s.callbackUrl()))
            .timeout(policy.timeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete((response, error) -> done(s, body, attempt, response, error));
  }

  private void done(
      Subscription s, byte[] body, int attempt, HttpResponse<?> response, Throwable error) {
    int status = response == null ? 0 : response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    if (status == 410) {
      LOG.info(() -> "Callback of subscription " + s.id() + " is gone; removing it");
      subscriptions.delete(s.id());
      return;
    }
    boolean transient_ = error != null || status == 408 || status == 429 || status >= 500;
    if (!transient_ || attempt >= policy.attempts()) {
      LOG.warning(
          () ->
              "Giving up on subscription "
                  + s.id()
                  + " after attempt "
                  + attempt
                  + (error != null ? ": " + error : ": HTTP " + status));
      return;
    }
    long delay = policy.firstDelay().toMillis() << (attempt - 1);
    try {
      executor.schedule(
          () -> {
            if (subscriptions.find(s.id()).isPresent()) {
              send(s, body, attempt + 1);
            }
          },
          delay,
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      LOG.fine("Dispatcher closed; dropping a retry");
    }
  }

  private void submit(Runnable task) {
    try {
      executor.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              LOG.log(Level.SEVERE, "Webhook delivery failed", e);
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.warning("Dispatcher closed; dropping an event");
    }
  }

  /** Stops delivering; pending retries are dropped. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
