package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorkit.example.tickets.contract.ConnectorFiles.Operation;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the definition, called with otherwise valid values but without the API key or
 * with a wrong one, gets 401 with a {@code Problem} body and no data, and changes nothing.
 */
class ApiKeySecurityTest extends ServiceTest {
  private static JsonNode ticket;
  private static Map<String, String> values;

  @BeforeAll
  static void start() {
    ticket =
        client
            .send(
                Call.to("CreateTicket")
                    .path("queue", "it")
                    .json(
                        Examples.body(
                            swagger,
                            "CreateTicket",
                            Map.of("title", "Secret printer", "assignee", "ada@contoso.com"))))
            .json();
    String attachment =
        client
            .send(
                Call.to("AddAttachment")
                    .path("id", ticket.get("id").asText())
                    .file("file", "secret.txt", "text/plain", "s3cr3t".getBytes()))
            .json()
            .get("id")
            .asText();
    String subscription =
        client
            .send(
                Call.to("OnTicketCreated")
                    .json(
                        Examples.body(
                            swagger,
                            "OnTicketCreated",
                            Map.of("callbackUrl", "http://127.0.0.1:9/none"))))
            .json()
            .get("id")
            .asText();
    values =
        Map.of(
            "id",
            ticket.get("id").asText(),
            "attachmentId",
            attachment,
            "queue",
            "it",
            "q",
            "Secret",
            "subscription",
            subscription);
  }

  @Test
  void everyOperationWithoutTheKeyGets401AndNoData() {
    for (Operation op : ConnectorFiles.operations(swagger)) {
      for (String key : new String[] {null, "wrong-key", ""}) {
        Exchange e = client.sendUnchecked(valid(op).key(key));
        assertEquals(401, e.status(), op.id() + " with key " + key + ": " + e.text());
        JsonSchemas.assertFits(
            swagger, swagger.at("/definitions/Problem"), e.json(), op.id() + "'s 401 body");
        assertEquals("unauthorized", e.json().get("error").asText());
        assertFalse(e.text().contains(ticket.get("id").asText()), op.id() + " leaked the ID");
        assertFalse(e.text().contains("Secret"), op.id() + " leaked the title");
      }
    }
  }

  @Test
  void requestsWithoutTheKeyChangeNothing() {
    for (Operation op : ConnectorFiles.operations(swagger)) {
      client.sendUnchecked(valid(op).key(null));
    }
    JsonNode list = client.send(Call.to("ListTickets")).json();
    assertEquals(1, list.get("value").size(), "a ticket was created or deleted without the key");
    assertEquals(ticket, list.at("/value/0"), "the ticket changed without the key");
    assertEquals(
        204,
        client.send(Call.to("DeleteSubscription").path("id", values.get("subscription"))).status(),
        "the subscription was deleted");
    assertTrue(service.runtime().subscriptions().forQueue("it").isEmpty());
  }

  /** A call of the operation with the values the service would accept. */
  private static Call valid(Operation op) {
    Call call = Call.to(op.id());
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(op.path());
    while (m.find()) {
      String name = m.group(1);
      call.path(
          name,
          op.path().startsWith("/subscriptions") ? values.get("subscription") : values.get(name));
    }
    for (JsonNode p : ConnectorFiles.parameters(op, "query")) {
      if (p.path("required").asBoolean()) {
        call.query(p.path("name").asText(), values.get(p.path("name").asText()));
      }
    }
    if (!ConnectorFiles.parameters(op, "body").isEmpty()) {
      call.json(Examples.body(swagger, op.id(), Map.of()));
    }
    return call;
  }
}
