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
 * service and checks every response against the definition; then checks that no operation of the
 * definition was left out. Bad input must get a 400 the definition describes, and store nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestService service;
  private static JsonNode swagger;
  private static ContractClient client;
  private static Receiver receiver;

  @BeforeAll
  static void start() {
    service = TestService.start();
    swagger = ConnectorFiles.swagger();
    client = new ContractClient(service.root(), swagger);
    receiver = Receiver.start();
  }

  @AfterAll
  static void stop() {
    receiver.close();
    service.close();
  }

  @Test
  @Order(1)
  void testConnection() {
    assertEquals("ok", client.send(Call.to("TestConnection")).json().get("status").asText());
  }

  @Test
  @Order(2)
  void queuesAssigneesAndCustomFields() {
    JsonNode queues = client.send(Call.to("ListQueues")).json();
    assertEquals(3, queues.size());
    assertFalse(client.send(Call.to("ListAssignees")).json().get("value").isEmpty());
    for (JsonNode q : queues) {
      String id = q.get("id").asText();
      assertFalse(
          client.send(Call.to("ListAssignees").query("queue", id)).json().get("value").isEmpty());
      JsonNode fields = client.send(Call.to("GetQueueFields").path("queue", id)).json();
      assertEquals("object", fields.at("/schema/type").asText());
    }
    assertEquals(404, client.send(Call.to("GetQueueFields").path("queue", "nope")).status());
    assertEquals(400, client.send(Call.to("ListAssignees").query("queue", "nope")).status());
  }

  @Test
  @Order(3)
  void createsATicketInEveryQueueWithAllItsFields() {
    for (JsonNode q : client.send(Call.to("ListQueues")).json()) {
      String queue = q.get("id").asText();
      JsonNode created = create(queue, full(queue));
      Exchange read = client.send(Call.to("GetTicket").path("id", created.get("id").asText()));
      assertEquals(created, read.json());
      assertEquals(queue, read.json().get("queue").asText());
    }
  }

  @Test
  @Order(4)
  void badInputGets400AndStoresNothing() {
    int before = count();
    Map<String, Object> ok =
        Map.of("title", "Broken chair", "customFields", Map.of("building", "B1"));
    assertEquals(400, createRaw("facilities", JSON.createObjectNode(), true).status());
    assertEquals(
        400,
        createRaw(
                "facilities",
                Examples.body(
                    swagger,
                    "CreateTicket",
                    Map.of("title", "x".repeat(201), "customFields", Map.of("building", "B1"))),
                true)
            .status());
    assertEquals(
        400,
        createRaw(
                "facilities",
                Examples.body(
                    swagger, "CreateTicket", Map.of("title", "Chair", "priority", "whenever")),
                true)
            .status());
    assertEquals(
        400,
        createRaw(
                "facilities",
                Examples.body(
                    swagger,
                    "CreateTicket",
                    Map.of("title", " ", "customFields", Map.of("building", "B1"))),
                false)
            .status());
    assertEquals(
        400,
        createRaw(
                "facilities",
                Examples.body(
                    swagger,
                    "CreateTicket",
                    Map.of(
                        "title",
                        "Chair",
                        "assignee",
                        "nobody@contoso.com",
                        "customFields",
                        Map.of("building", "B1"))),
                false)
            .status());
    assertEquals(
        400,
        createRaw(
                "facilities",
                Examples.body(swagger, "CreateTicket", Map.of("title", "Chair")),
                false)
            .status(),
        "building is required in facilities");
    assertEquals(
        400,
        createRaw(
                "facilities",
                Examples.body(
                    swagger,
                    "CreateTicket",
                    Map.of(
                        "title",
                        "Chair",
                        "customFields",
                        Map.of("building", "B1", "floor", "top"))),
                false)
            .status());
    assertEquals(
        400,
        createRaw(
                "it",
                Examples.body(
                    swagger,
                    "CreateTicket",
                    Map.of("title", "Laptop", "customFields", Map.of("building", "B1"))),
                false)
            .status());
    assertEquals(
        404, createRaw("nope", Examples.body(swagger, "CreateTicket", ok), false).status());
    assertEquals(before, count(), "a rejected request stored a ticket");
  }

  @Test
  @Order(5)
  void listsPagesLinkedByNextLink() {
    for (int i = 0; i < 3; i++) {
      create("hr", Map.of("title", "Payslip question " + i));
    }
    JsonNode first =
        client.send(Call.to("ListTickets").query("queue", "hr").query("top", 2)).json();
    assertEquals(2, first.get("value").size());
    JsonNode second =
        client.send(Call.to("ListTickets").url(first.get("nextLink").asText())).json();
    assertTrue(second.get("value").size() >= 1);
    assertFalse(second.has("nextLink") && second.get("value").size() < 2);
    Set<String> ids = ids(first.get("value"));
    ids(second.get("value")).forEach(id -> assertTrue(ids.add(id), "page 2 repeats " + id));
    assertEquals(
        400, client.send(Call.to("ListTickets").query("top", 0).violatesDefinition()).status());
    assertEquals(400, client.send(Call.to("ListTickets").query("queue", "nope")).status());
  }

  @Test
  @Order(6)
  void searchesTitleAndDescription() {
    JsonNode t =
        create(
            "it",
            Map.of(
                "title", "Monitor flickers", "description", "The zebracorn screensaver flickers."));
    JsonNode found = client.send(Call.to("SearchTickets").query("q", "ZEBRACORN")).json();
    assertEquals(Set.of(t.get("id").asText()), ids(found.get("value")));
    assertEquals(400, client.send(Call.to("SearchTickets").violatesDefinition()).status());
  }

  @Test
  @Order(7)
  void updatesAndDeletes() {
    String id = create("it", Map.of("title", "VPN drops")).get("id").asText();
    JsonNode updated =
        client
            .send(
                Call.to("UpdateTicket")
                    .path("id", id)
                    .json(
                        JSON.valueToTree(
                            Map.of(
                                "status",
                                "in-progress",
                                "priority",
                                "urgent",
                                "assignee",
                                "ada@contoso.com"))))
            .json();
    assertEquals("in-progress", updated.get("status").asText());
    assertEquals("ada@contoso.com", updated.get("assignee").asText());
    assertEquals(
        400,
        client.send(Call.to("UpdateTicket").path("id", id).json(JSON.createObjectNode())).status());
    assertEquals(
        400,
        client
            .send(
                Call.to("UpdateTicket")
                    .path("id", id)
                    .json(
                        JSON.valueToTree(
                            Map.of("title", "New", "assignee", "frances@contoso.com"))))
            .status());
    assertEquals(
        updated,
        client.send(Call.to("GetTicket").path("id", id)).json(),
        "a rejected update changed the ticket");
    assertEquals(
        404,
        client
            .send(
                Call.to("UpdateTicket")
                    .path("id", "nope")
                    .json(JSON.valueToTree(Map.of("status", "closed"))))
            .status());
    assertEquals(204, client.send(Call.to("DeleteTicket").path("id", id)).status());
    assertEquals(404, client.send(Call.to("GetTicket").path("id", id)).status());
    assertEquals(404, client.send(Call.to("DeleteTicket").path("id", id)).status());
  }

  @Test
  @Order(8)
  void attachesFilesAndServesThem() {
    String id = create("it", Map.of("title", "Error dialog")).get("id").asText();
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
    assertEquals(
        400,
        client
            .send(
                Call.to("AddAttachment")
                    .path("id", id)
                    .file("other", "a.txt", "text/plain", new byte[] {1})
                    .violatesDefinition())
            .status());
    assertEquals(
        404,
        client
            .send(
                Call.to("AddAttachment")
                    .path("id", "nope")
                    .file("file", "a.txt", "text/plain", new byte[] {1}))
            .status());
    assertEquals(
        413,
        client
            .send(
                Call.to("AddAttachment")
                    .path("id", id)
                    .file(
                        "file",
                        "big.bin",
                        "application/octet-stream",
                        new byte[4 * 1024 * 1024 + 1]))
            .status());
    assertEquals(
        404,
        client
            .send(Call.to("GetAttachmentContent").path("id", id).path("attachmentId", "nope"))
            .status());
  }

  @Test
  @Order(9)
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
    assertEquals(
        400,
        client
            .send(
                Call.to("OnTicketCreated")
                    .json(
                        Examples.body(
                            swagger,
                            "OnTicketCreated",
                            Map.of("callbackUrl", "ftp://example.com/x"))))
            .status());
    assertEquals(
        400,
        client
            .send(
                Call.to("OnTicketCreated")
                    .json(
                        Examples.body(
                            swagger,
                            "OnTicketCreated",
                            Map.of("callbackUrl", receiver.url(), "queue", "nope"))))
            .status());
    String location = sub.requiredHeader("Location");
    assertEquals(204, client.send(Call.to("DeleteSubscription").url(location)).status());
    assertEquals(404, client.send(Call.to("DeleteSubscription").url(location)).status());
  }

  @Test
  @Order(10)
  void pollsForUpdates() {
    Exchange first = client.send(Call.to("OnTicketUpdated"));
    assertEquals(202, first.status());
    String id = create("it", Map.of("title", "Keyboard")).get("id").asText();
    client.send(
        Call.to("UpdateTicket")
            .path("id", id)
            .json(JSON.valueToTree(Map.of("status", "resolved"))));
    Exchange news = client.send(Call.to("OnTicketUpdated").url(first.requiredHeader("Location")));
    assertEquals(200, news.status());
    assertEquals(List.of(id), List.copyOf(ids(news.json().get("value"))));
    assertEquals(400, client.send(Call.to("OnTicketUpdated").query("since", "yesterday")).status());
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void everyOperationOfTheDefinitionWasExercised() {
    Set<String> all =
        ConnectorFiles.operations(swagger).stream()
            .map(ConnectorFiles.Operation::id)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missed = new TreeSet<>(all);
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

  private static JsonNode create(String queue, Map<String, Object> values) {
    Map<String, Object> body = new java.util.HashMap<>(values);
    if (queue.equals("facilities") && !body.containsKey("customFields")) {
      body.put("customFields", Map.of("building", "B1"));
    }
    Exchange e = createRaw(queue, Examples.body(swagger, "CreateTicket", body), false);
    assertEquals(201, e.status(), e.text());
    assertTrue(
        e.requiredHeader("Location").endsWith("/api/tickets/" + e.json().get("id").asText()));
    return e.json();
  }

  private static Exchange createRaw(String queue, JsonNode body, boolean violates) {
    Call call = Call.to("CreateTicket").path("queue", queue).json(body);
    return client.send(violates ? call.violatesDefinition() : call);
  }

  private static int count() {
    return client.send(Call.to("ListTickets").query("top", 100)).json().get("value").size();
  }

  private static Set<String> ids(JsonNode tickets) {
    Set<String> out = new java.util.LinkedHashSet<>();
    tickets.forEach(t -> out.add(t.get("id").asText()));
    return out;
  }
}
