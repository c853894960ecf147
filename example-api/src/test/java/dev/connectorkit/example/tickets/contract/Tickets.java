package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Ticket steps the contract tests share, each through the contract client. */
final class Tickets {
  private Tickets() {}

  /** Creates a ticket (facilities tickets get their required building) and returns it. */
  static JsonNode create(
      ContractClient client, JsonNode swagger, String queue, Map<String, Object> values) {
    Map<String, Object> body = new HashMap<>(values);
    if (queue.equals("facilities") && !body.containsKey("customFields")) {
      body.put("customFields", Map.of("building", "B1"));
    }
    Exchange e =
        client.send(
            Call.to("CreateTicket")
                .path("queue", queue)
                .json(Examples.body(swagger, "CreateTicket", body)));
    assertEquals(201, e.status(), e.text());
    String id = e.json().get("id").asText();
    assertTrue(e.requiredHeader("Location").endsWith("/api/tickets/" + id));
    return e.json();
  }

  /** How many tickets there are (up to 100). */
  static int count(ContractClient client) {
    return client.send(Call.to("ListTickets").query("top", 100)).json().get("value").size();
  }

  /** The IDs of a JSON array of tickets, in order. */
  static Set<String> ids(JsonNode tickets) {
    Set<String> out = new LinkedHashSet<>();
    tickets.forEach(t -> out.add(t.get("id").asText()));
    return out;
  }
}
