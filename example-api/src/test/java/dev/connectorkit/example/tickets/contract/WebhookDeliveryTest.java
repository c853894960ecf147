package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the service delivers webhook events: in the background, retried a bounded number of times
 * with backoff, dropped for a callback that answers 410 Gone. The service is configured with 3
 * attempts and a 50 ms first delay.
 */
class WebhookDeliveryTest extends ServiceTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void retriesUntilTheCallbackAccepts() throws InterruptedException {
    try (Receiver r = Receiver.start(List.of(503, 500, 200), Duration.ZERO)) {
      String sub = subscribe(r, "hr");
      create("hr", "Holiday request");
      for (int i = 1; i <= 3; i++) {
        assertTrue(r.next(WAIT).isPresent(), "attempt " + i + " did not arrive");
      }
      assertTrue(r.next(Duration.ofMillis(500)).isEmpty(), "sent again after a 200");
      unsubscribe(sub);
    }
  }

  @Test
  void givesUpAfterTheLastAttempt() throws InterruptedException {
    try (Receiver r = Receiver.start(List.of(503), Duration.ZERO)) {
      String sub = subscribe(r, "facilities");
      create("facilities", "Leaking tap");
      for (int i = 1; i <= 3; i++) {
        assertTrue(r.next(WAIT).isPresent(), "attempt " + i + " did not arrive");
      }
      assertTrue(r.next(Duration.ofMillis(800)).isEmpty(), "more than 3 attempts");
      unsubscribe(sub);
    }
  }

  @Test
  void aGoneCallbackLosesItsSubscription() throws InterruptedException {
    try (Receiver r = Receiver.start(List.of(410), Duration.ZERO)) {
      String location = subscribe(r, null);
      String id = location.substring(location.lastIndexOf('/') + 1);
      create("it", "Mouse");
      assertTrue(r.next(WAIT).isPresent());
      for (int i = 0; i < 100 && service.runtime().subscriptions().find(id).isPresent(); i++) {
        Thread.sleep(50);
      }
      assertTrue(
          service.runtime().subscriptions().find(id).isEmpty(),
          "the subscription outlived its 410 Gone callback");
      create("it", "Mouse again");
      assertTrue(r.next(Duration.ofMillis(500)).isEmpty(), "sent to a removed subscription");
      assertEquals(1, r.calls());
    }
  }

  @Test
  void aSlowCallbackNeverDelaysTheRequest() throws InterruptedException {
    try (Receiver r = Receiver.start(List.of(200), Duration.ofSeconds(2))) {
      String sub = subscribe(r, "hr");
      long start = System.nanoTime();
      create("hr", "Parking permit");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 1500, "creating a ticket waited " + millis + " ms for the webhook");
      assertTrue(r.next(WAIT).isPresent());
      unsubscribe(sub);
    }
  }

  private static String subscribe(Receiver r, String queue) {
    Map<String, Object> body =
        queue == null
            ? Map.of("callbackUrl", r.url())
            : Map.of("callbackUrl", r.url(), "queue", queue);
    Exchange e =
        client.send(
            Call.to("OnTicketCreated").json(Examples.body(swagger, "OnTicketCreated", body)));
    assertEquals(201, e.status());
    return e.requiredHeader("Location");
  }

  private static void unsubscribe(String location) {
    assertEquals(204, client.send(Call.to("DeleteSubscription").url(location)).status());
  }

  private static void create(String queue, String title) {
    Map<String, Object> body =
        queue.equals("facilities")
            ? Map.of("title", title, "customFields", Map.of("building", "B2"))
            : Map.of("title", title);
    assertEquals(
        201,
        client
            .send(
                Call.to("CreateTicket")
                    .path("queue", queue)
                    .json(Examples.body(swagger, "CreateTicket", body)))
            .status());
  }
}
