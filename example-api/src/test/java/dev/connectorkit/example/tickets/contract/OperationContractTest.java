package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Sends valid requests, built from the generated definition, to every operation of the running
 * service and checks every response against the definition; the last test fails if an operation of
 * the definition was left out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationContractTest extends ServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Receiver receiver;

  @BeforeAll
  static void start() {
    receiver = Receiver.start();
  }

  @AfterAll
  static void stop() {
    receiver.close();
  }

  @Test
  @Order(1)
  void testsTheConnection() {
    assertEquals("ok", client.send(Call.to("TestConnection")).json().get("status").asText());
  }

  @Test
  @Order(2)
  void listsQueuesAssigneesAndCustomFields() {
    JsonNode queues = client.send(Call.to("ListQueues")).json();
    assertEquals(3, queues.size());
    assertFalse(client.send(Call.to("ListAssignees")).json().get("value").isEmpty());
    for (JsonNode q : queues) {
      String id = q.get("id").asText();
      JsonNode agents = client.send(Call.to("ListAssignees").query("queue", id)).json();
      assertFalse(agents.get("value").isEmpty());
      JsonNode fields = client.send(Call.to("GetQueueFields").path("queue", id)).json();
      assertEquals("object", fields.at("/schema/type").asText());
    }
  }

  @Test
  @Order(3)
  void createsATicketInEveryQueueWithAllItsFields() {
    for (JsonNode q : client.send(Call.to("ListQueues")).json()) {
      String queue = q.get("id").asText();
      JsonNode created = Tickets.create(client, swagger, queue, full(queue));
      Exchange read = client.send(Call.to("GetTicket").path("id", created.get("id").asText()));
      assertEquals(created, read.json());
      assertEquals(queue, read.json().get("queue").asText());
    }
  }

  @Test
  @Order(4)
  void listsPagesLinkedByNextLink() {
    for (int i = 0; i < 3; i++) {
      Tickets.create(client, swagger, "hr", Map.of("title", "Payslip question " + i));
    }
    JsonNode first =
        client.send(Call.to("ListTickets").query("queue", "hr").query("top", 2)).json();
    assertEquals(2, first.get("value").size());
    JsonNode second =
        client.send(Call.to("ListTickets").url(first.get("nextLink").asText())).json();
    assertFalse(second.get("value").isEmpty());
    Set<String> ids = Tickets.ids(first.get("value"));
    Tickets.ids(second.get("value")).forEach(id -> assertTrue(ids.add(id), "repeated " + id));
  }

  @Test
  @Order(5)
  void searchesTitleAndDescription() {
    JsonNode t =
        Tickets.create(
            client,
            swagger,
            "it",
            Map.of("title", "Monitor flickers", "description", "The zebracorn saver flickers."));
    JsonNode found = client.send(Call.to("SearchTickets").query("q", "ZEBRACORN")).json();
    assertEquals(Set.of(t.get("id").asText()), Tickets.ids(found.get("value")));
  }

  @Test
  @Order(6)
  void updatesAndDeletes() {
    String id =
        Tickets.create(client, swagger, "it", Map.of("title", "VPN drops")).get("id").asText();
    JsonNode change =
        JSON.valueToTree(
            Map.of("status", "in-progress", "priority", "urgent", "assignee", "ada@contoso.com"));
    JsonNode updated = client.send(Call.to("UpdateTicket").path("id", id).json(change)).json();
    assertEquals("in-progress", updated.get("status").asText());
    assertEquals("ada@contoso.com", updated.get("assignee").asText());
    assertEquals(updated, client.send(Call.to("GetTicket").path("id", id)).json());
    assertEquals(204, client.send(Call.to("DeleteTicket").path("id", id)).status());
  }

  @Test
  @Order(7)
  void attachesFilesAndServesThem() {
    String id =
        Tickets.create(client, swagger, "it", Map.of("title", "Error dialog")).get("id").asText();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};
    Exchange added =
        client.send(
            Call.to("AddAttachment")
                .path("id", id)
                .file("file", "screen shot.png", "image/png", png));
    assertEquals(201, added.status());
    assertEquals(png.length, added.json().get("size").asInt());
    Exchange content =
        client.send(Call.to("GetAttachmentContent").url(added.requiredHeader("Location")));
    assertArrayEquals(png, content.body());
    assertTrue(content.requiredHeader("Content-Disposition").contains("screen shot.png"));
  }

  @Test
  @Order(8)
  void subscribesAndUnsubscribes() {
    Exchange sub =
        client.send(
            Call.to("OnTicketCreated")
                .json(
                    Examples.body(
                        swagger,
                        "OnTicketCreated",
                        Map.of("callbackUrl", receiver.url(), "queue", "it"))));
    assertEquals(201, sub.status());
    String location = sub.requiredHeader("Location");
    assertEquals(204, client.send(Call.to("DeleteSubscription").url(location)).status());
  }

  @Test
  @Order(9)
  void pollsForUpdates() {
    Exchange first = client.send(Call.to("OnTicketUpdated"));
    assertEquals(202, first.status());
    String id =
        Tickets.create(client, swagger, "it", Map.of("title", "Keyboard")).get("id").asText();
    client.send(
        Call.to("UpdateTicket")
            .path("id", id)
            .json(JSON.valueToTree(Map.of("status", "resolved"))));
    Exchange news = client.send(Call.to("OnTicketUpdated").url(first.requiredHeader("Location")));
    assertEquals(200, news.status());
    assertEquals(List.of(id), List.copyOf(Tickets.ids(news.json().get("value"))));
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void everyOperationOfTheDefinitionWasExercised() {
    Set<String> missed =
        ConnectorFiles.operations(swagger).stream()
            .map(ConnectorFiles.Operation::id)
            .collect(Collectors.toCollection(TreeSet::new));
    missed.removeAll(client.exercised());
    assertTrue(missed.isEmpty(), "Operations of the definition no test exercised: " + missed);
  }

  /** A body with every custom field of the queue (from its schema) and one of its agents. */
  private static Map<String, Object> full(String queue) {
    JsonNode schema =
        client.send(Call.to("GetQueueFields").path("queue", queue)).json().get("schema");
    String agent =
        client
            .send(Call.to("ListAssignees").query("queue", queue))
            .json()
            .at("/value/0/email")
            .asText();
    return Map.of(
        "title",
        "Help needed in " + queue,
        "description",
        "Details.",
        "priority",
        "high",
        "assignee",
        agent,
        "tags",
        List.of("first", "second"),
        "customFields",
        JSON.convertValue(Examples.fromDynamicSchema(schema), Map.class));
  }
}
