package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The "When a ticket is updated" polling trigger: the protocol end to end (202 + Retry-After +
 * Location while nothing is new, 200 + exactly the new items + Location when something is), and the
 * definition's description of it, which needs the processor's polling support.
 */
class PollingTriggerContractTest extends ServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void definitionDescribesThePollingTrigger() {
    JsonNode op = swagger.at("/paths/~1tickets~1updates/get");
    assertEquals("OnTicketUpdated", op.path("operationId").asText());
    assertEquals("batch", op.path("x-ms-trigger").asText());
    assertEquals("#/definitions/TicketList", op.at("/responses/200/schema/$ref").asText());
    assertTrue(op.at("/responses/200/headers").has("Location"));
    assertTrue(op.at("/responses/202/headers").has("Location"));
    assertEquals("integer", op.at("/responses/202/headers/Retry-After/type").asText());
    assertEquals("internal", op.at("/parameters/0/x-ms-visibility").asText(), "since");
    assertEquals(
        "query",
        op.at("/x-ms-trigger-metadata/kind").asText(),
        "/paths/~1tickets~1updates/get/x-ms-trigger-metadata/kind");
    assertEquals(
        "polling",
        op.at("/x-ms-trigger-metadata/mode").asText(),
        "/paths/~1tickets~1updates/get/x-ms-trigger-metadata/mode");
  }

  @Test
  void reportsExactlyTheTicketsUpdatedSinceTheLastPoll() {
    Exchange first = client.send(Call.to("OnTicketUpdated"));
    assertEquals(202, first.status());
    assertTrue(Integer.parseInt(first.requiredHeader("Retry-After")) > 0);
    String location = first.requiredHeader("Location");
    assertEquals(202, client.send(Call.to("OnTicketUpdated").url(location)).status());

    String a = create("Printer A");
    String b = create("Printer B");
    String c = create("Printer C");
    update(a, "in-progress");
    update(b, "resolved");
    Exchange news = client.send(Call.to("OnTicketUpdated").url(location));
    assertEquals(200, news.status());
    assertEquals(List.of(b, a), ids(news), "updated tickets, newest first; created ones not");
    assertEquals("resolved", news.json().at("/value/0/status").asText());

    String next = news.requiredHeader("Location");
    Exchange quiet = client.send(Call.to("OnTicketUpdated").url(next));
    assertEquals(202, quiet.status());
    assertEquals(next, quiet.requiredHeader("Location"));

    update(c, "closed");
    update(a, "resolved");
    Exchange more = client.send(Call.to("OnTicketUpdated").url(next));
    assertEquals(List.of(a, c), ids(more));
    assertEquals(
        List.of(a, c, b),
        ids(client.send(Call.to("OnTicketUpdated").url(location))),
        "an old Location reports every ticket changed since, once each, newest first");
  }

  private static String create(String title) {
    Exchange e =
        client.send(
            Call.to("CreateTicket")
                .path("queue", "it")
                .json(Examples.body(swagger, "CreateTicket", Map.of("title", title))));
    assertEquals(201, e.status());
    return e.json().get("id").asText();
  }

  private static void update(String id, String status) {
    assertEquals(
        200,
        client
            .send(
                Call.to("UpdateTicket")
                    .path("id", id)
                    .json(JSON.valueToTree(Map.of("status", status))))
            .status());
  }

  private static List<String> ids(Exchange e) {
    List<String> out = new ArrayList<>();
    e.json().get("value").forEach(t -> out.add(t.get("id").asText()));
    return out;
  }
}
