package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input and missing things get the 400 or 404 the definition declares, with the JSON error body
 * it describes, and a rejected request stores nothing. Requests that break the definition itself
 * are marked so: the client then checks that the definition does forbid them.
 */
class BadInputContractTest extends ServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void rejectedTicketsAreNotStored() {
    int before = Tickets.count(client);
    assertEquals(400, create("facilities", JSON.createObjectNode(), true));
    assertEquals(
        400,
        create(
            "facilities",
            body(Map.of("title", "x".repeat(201), "customFields", Map.of("building", "B1"))),
            true));
    assertEquals(
        400, create("facilities", body(Map.of("title", "Chair", "priority", "whenever")), true));
    assertEquals(
        400,
        create(
            "facilities",
            body(Map.of("title", " ", "customFields", Map.of("building", "B1"))),
            false));
    assertEquals(
        400,
        create(
            "facilities",
            body(
                Map.of(
                    "title",
                    "Chair",
                    "assignee",
                    "nobody@contoso.com",
                    "customFields",
                    Map.of("building", "B1"))),
            false));
    assertEquals(
        400,
        create("facilities", body(Map.of("title", "Chair")), false),
        "building is required in facilities");
    assertEquals(
        400,
        create(
            "facilities",
            body(
                Map.of("title", "Chair", "customFields", Map.of("building", "B1", "floor", "top"))),
            false));
    assertEquals(
        400,
        create(
            "it",
            body(Map.of("title", "Laptop", "customFields", Map.of("building", "B1"))),
            false));
    assertEquals(404, create("nope", body(Map.of("title", "Laptop")), false));
    assertEquals(before, Tickets.count(client), "a rejected request stored a ticket");
  }

  @Test
  void rejectedUpdatesChangeNothing() {
    String id = Tickets.create(client, swagger, "it", Map.of("title", "VPN")).get("id").asText();
    JsonNode before = client.send(Call.to("GetTicket").path("id", id)).json();
    assertEquals(400, update(id, Map.of()));
    assertEquals(400, update(id, Map.of("title", "New", "assignee", "frances@contoso.com")));
    assertEquals(before, client.send(Call.to("GetTicket").path("id", id)).json());
    assertEquals(404, update("nope", Map.of("status", "closed")));
    assertEquals(404, client.send(Call.to("GetTicket").path("id", "nope")).status());
    assertEquals(404, client.send(Call.to("DeleteTicket").path("id", "nope")).status());
  }

  @Test
  void badQueriesGet400() {
    assertEquals(400, status(Call.to("ListTickets").query("top", 0).violatesDefinition()));
    assertEquals(400, status(Call.to("ListTickets").query("queue", "nope")));
    assertEquals(400, status(Call.to("SearchTickets").violatesDefinition()));
    assertEquals(400, status(Call.to("ListAssignees").query("queue", "nope")));
    assertEquals(404, status(Call.to("GetQueueFields").path("queue", "nope")));
    assertEquals(400, status(Call.to("OnTicketUpdated").query("since", "yesterday")));
  }

  @Test
  void badAttachmentsGet400Or404Or413() {
    String id = Tickets.create(client, swagger, "it", Map.of("title", "Scan")).get("id").asText();
    byte[] one = {1};
    assertEquals(
        400,
        status(
            Call.to("AddAttachment")
                .path("id", id)
                .file("other", "a.txt", "text/plain", one)
                .violatesDefinition()));
    assertEquals(
        404,
        status(
            Call.to("AddAttachment").path("id", "nope").file("file", "a.txt", "text/plain", one)));
    assertEquals(
        413,
        status(
            Call.to("AddAttachment")
                .path("id", id)
                .file(
                    "file", "big.bin", "application/octet-stream", new byte[4 * 1024 * 1024 + 1])));
    assertEquals(
        404, status(Call.to("GetAttachmentContent").path("id", id).path("attachmentId", "nope")));
  }

  @Test
  void badSubscriptionsGet400AndUnknownOnes404() {
    assertEquals(
        400,
        status(
            Call.to("OnTicketCreated")
                .json(
                    Examples.body(
                        swagger,
                        "OnTicketCreated",
                        Map.of("callbackUrl", "ftp://example.com/x")))));
    assertEquals(
        400,
        status(
            Call.to("OnTicketCreated")
                .json(
                    Examples.body(
                        swagger,
                        "OnTicketCreated",
                        Map.of("callbackUrl", "http://127.0.0.1:9/x", "queue", "nope")))));
    assertEquals(404, status(Call.to("DeleteSubscription").path("id", "nope")));
    assertEquals(0, service.runtime().subscriptions().forQueue("it").size());
  }

  private static JsonNode body(Map<String, Object> values) {
    return Examples.body(swagger, "CreateTicket", values);
  }

  private static int create(String queue, JsonNode body, boolean violatesDefinition) {
    Call call = Call.to("CreateTicket").path("queue", queue).json(body);
    return status(violatesDefinition ? call.violatesDefinition() : call);
  }

  private static int update(String id, Map<String, Object> change) {
    return status(Call.to("UpdateTicket").path("id", id).json(JSON.valueToTree(change)));
  }

  private static int status(Call call) {
    Exchange e = client.send(call);
    if (e.status() >= 400) {
      JsonSchemas.assertFits(
          swagger, swagger.at("/definitions/Problem"), e.json(), call.operationId + "'s error");
      assertEquals(e.status(), e.json().get("status").asInt());
    }
    return e.status();
  }
}
