package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorkit.example.tickets.contract.ConnectorFiles.Operation;
import dev.connectorkit.example.tickets.contract.Receiver.Delivery;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The "When a ticket is created" webhook trigger, end to end and driven by the definition's {@code
 * x-ms-notification-content} and {@code x-ms-notification-url}: subscribe a receiver, create a
 * ticket, get a POST that fits the notification schema, unsubscribe through the {@code Location},
 * and get nothing for the next ticket. Needs the processor's webhook support.
 */
class WebhookTriggerContractTest extends ServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(10);

  @Test
  void definitionDescribesTheWebhook() {
    JsonNode item = swagger.at("/paths/~1subscriptions");
    assertEquals("single", item.at("/post/x-ms-trigger").asText());
    assertEquals(
        "#/definitions/Ticket",
        item.at("/x-ms-notification-content/schema/$ref").asText(),
        "/paths/~1subscriptions/x-ms-notification-content/schema");
    assertEquals("The new ticket.", item.at("/x-ms-notification-content/description").asText());
    JsonNode sub = swagger.at("/definitions/NewSubscription");
    assertTrue(
        sub.at("/properties/callbackUrl/x-ms-notification-url").asBoolean(),
        "/definitions/NewSubscription/properties/callbackUrl/x-ms-notification-url");
    assertEquals("internal", sub.at("/properties/callbackUrl/x-ms-visibility").asText());
    assertTrue(sub.path("required").toString().contains("\"callbackUrl\""));
    assertEquals(
        "internal", swagger.at("/paths/~1subscriptions~1{id}/delete/x-ms-visibility").asText());
    assertEquals(
        "DeleteSubscription",
        swagger.at("/paths/~1subscriptions~1{id}/delete/operationId").asText());
  }

  @Test
  void newTicketsArePostedToTheCallbackUntilUnsubscribed() throws InterruptedException {
    Operation subscribe = webhookOperation();
    JsonNode notification = subscribe.item().get("x-ms-notification-content");
    String urlProperty = notificationUrlProperty(subscribe);
    try (Receiver gone = Receiver.start();
        Receiver control = Receiver.start()) {
      Exchange sub =
          client.send(
              Call.to(subscribe.id())
                  .json(Examples.body(swagger, subscribe.id(), Map.of(urlProperty, gone.url()))));
      assertEquals(201, sub.status());
      client.send(
          Call.to(subscribe.id())
              .json(Examples.body(swagger, subscribe.id(), Map.of(urlProperty, control.url()))));

      JsonNode first = createTicket("Projector is dark");
      Delivery delivery = gone.next(WAIT).orElseThrow(() -> new AssertionError("No event"));
      assertTrue(delivery.contentType().startsWith("application/json"));
      JsonNode payload = JSON.readTree(delivery.body());
      JsonSchemas.assertFits(swagger, notification.get("schema"), payload, "The event");
      assertEquals(first, payload);
      assertTrue(control.next(WAIT).isPresent());

      Exchange unsubscribe =
          client.send(Call.to(unsubscribeOperation(sub)).url(sub.requiredHeader("Location")));
      assertEquals(204, unsubscribe.status());
      createTicket("Projector is dark again");
      assertTrue(control.next(WAIT).isPresent(), "the control subscription got no event");
      Optional<Delivery> late = gone.next(Duration.ofMillis(300));
      assertTrue(late.isEmpty(), "an event reached a deleted subscription");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private JsonNode createTicket(String title) {
    Exchange e =
        client.send(
            Call.to("CreateTicket")
                .path("queue", "it")
                .json(Examples.body(swagger, "CreateTicket", Map.of("title", title))));
    assertEquals(201, e.status());
    return e.json();
  }

  /** The trigger operation of the path item that carries {@code x-ms-notification-content}. */
  private static Operation webhookOperation() {
    return ConnectorFiles.operations(swagger).stream()
        .filter(o -> o.item().has("x-ms-notification-content") && o.node().has("x-ms-trigger"))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "No path item has x-ms-notification-content and a" + " trigger operation"));
  }

  /** The body property marked {@code x-ms-notification-url: true}. */
  private static String notificationUrlProperty(Operation op) {
    JsonNode schema =
        ConnectorFiles.resolve(
            swagger, ConnectorFiles.parameters(op, "body").get(0).path("schema"));
    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
      if (p.getValue().path("x-ms-notification-url").asBoolean()) {
        return p.getKey();
      }
    }
    throw new AssertionError(op.id() + "'s body has no x-ms-notification-url property");
  }

  /** The DELETE operation whose path the subscription's Location matches. */
  private static String unsubscribeOperation(Exchange subscription) {
    String path = java.net.URI.create(subscription.requiredHeader("Location")).getPath();
    String base = swagger.path("basePath").asText();
    return ConnectorFiles.operations(swagger).stream()
        .filter(o -> o.method().equals("delete"))
        .filter(o -> path.matches(base + o.path().replaceAll("\\{[^}]+}", "[^/]+")))
        .map(Operation::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No DELETE operation for " + path));
  }
}
