package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorkit.example.tickets.contract.ConnectorFiles.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The dropdowns and the dynamic schema, driven by the definition's {@code x-ms-dynamic-values} and
 * {@code x-ms-dynamic-schema}: each names an operation that, called with the named parameters,
 * answers with a {@code value-collection} whose items have a {@code value-path} and a {@code
 * value-title}, or with a schema at {@code value-path}; the values offered are accepted by the
 * operation that offers them. Needs the processor's dynamic-values support.
 */
class DynamicValuesContractTest extends ServiceTest {
  /** Where the service needs a dropdown or a dynamic schema, as JSON pointers. */
  private static final Set<String> EXPECTED =
      Set.of(
          "/paths/~1tickets/get/parameters/0/x-ms-dynamic-values",
          "/paths/~1queues~1{queue}~1tickets/post/parameters/0/x-ms-dynamic-values",
          "/definitions/NewTicket/properties/assignee/x-ms-dynamic-values",
          "/definitions/NewTicket/properties/customFields/x-ms-dynamic-schema",
          "/definitions/TicketUpdate/properties/assignee/x-ms-dynamic-values",
          "/definitions/NewSubscription/properties/queue/x-ms-dynamic-values");

  /** The value the designer would have for a referenced parameter of the current operation. */
  private static final Map<String, String> CURRENT = Map.of("queue", "it");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theDefinitionHasEveryDropdownAndDynamicSchema() {
    assertEquals(new TreeSet<>(EXPECTED), new TreeSet<>(find(swagger, "", "x-ms-dynamic-")));
    assertEquals(
        JSON.valueToTree(
            Map.of(
                "operationId",
                "ListAssignees",
                "parameters",
                Map.of("queue", Map.of("parameter", "queue")),
                "value-collection",
                "value",
                "value-path",
                "email",
                "value-title",
                "name")),
        swagger.at("/definitions/NewTicket/properties/assignee/x-ms-dynamic-values"));
    assertEquals(
        JSON.valueToTree(
            Map.of(
                "operationId",
                "GetQueueFields",
                "parameters",
                Map.of("queue", Map.of("parameter", "queue")),
                "value-path",
                "schema")),
        swagger.at("/definitions/NewTicket/properties/customFields/x-ms-dynamic-schema"));
  }

  @Test
  void everyDropdownResolves() {
    List<String> pointers = find(swagger, "", "x-ms-dynamic-values");
    assertFalse(pointers.isEmpty(), "the definition has no x-ms-dynamic-values");
    for (String pointer : pointers) {
      JsonNode ext = swagger.at(pointer);
      JsonNode answer = call(ext).json();
      JsonNode items = at(answer, ext.path("value-collection").asText(""));
      assertTrue(items.isArray() && !items.isEmpty(), pointer + ": no items at value-collection");
      for (JsonNode item : items) {
        assertFalse(
            at(item, ext.path("value-path").asText()).asText().isBlank(),
            pointer + ": value-path does not resolve in " + item);
        assertFalse(
            at(item, ext.path("value-title").asText()).asText().isBlank(),
            pointer + ": value-title does not resolve in " + item);
      }
    }
  }

  @Test
  void theDynamicSchemaResolvesAndItsFieldsAreAccepted() {
    List<String> pointers = find(swagger, "", "x-ms-dynamic-schema");
    assertFalse(pointers.isEmpty(), "the definition has no x-ms-dynamic-schema");
    for (String pointer : pointers) {
      JsonNode ext = swagger.at(pointer);
      JsonNode schema = at(call(ext).json(), ext.path("value-path").asText(""));
      assertEquals("object", schema.path("type").asText(), pointer + ": " + schema);
      assertTrue(schema.path("properties").size() > 0, pointer + ": no properties");
      schema.path("properties").forEach(p -> assertTrue(p.has("type"), pointer + ": " + p));
    }
    JsonNode ext = swagger.at("/definitions/NewTicket/properties/customFields/x-ms-dynamic-schema");
    JsonNode schema = at(call(ext).json(), ext.path("value-path").asText());
    Exchange created =
        client.send(
            Call.to("CreateTicket")
                .path("queue", CURRENT.get("queue"))
                .json(
                    Examples.body(
                        swagger,
                        "CreateTicket",
                        Map.of(
                            "title",
                            "Dynamic fields",
                            "customFields",
                            Examples.fromDynamicSchema(schema)))));
    assertEquals(201, created.status(), created.text());
  }

  @Test
  void everyOfferedAssigneeIsAccepted() {
    JsonNode ext = swagger.at("/definitions/NewTicket/properties/assignee/x-ms-dynamic-values");
    assertFalse(ext.isMissingNode(), "NewTicket.assignee has no x-ms-dynamic-values");
    for (JsonNode item : at(call(ext).json(), ext.path("value-collection").asText())) {
      String agent = at(item, ext.path("value-path").asText()).asText();
      Exchange e =
          client.send(
              Call.to("CreateTicket")
                  .path("queue", CURRENT.get("queue"))
                  .json(
                      Examples.body(
                          swagger,
                          "CreateTicket",
                          Map.of("title", "For " + agent, "assignee", agent))));
      assertEquals(201, e.status(), e.text());
    }
  }

  /** Calls the operation an extension names, with its parameters resolved. */
  private static Exchange call(JsonNode ext) {
    Operation op = ConnectorFiles.operation(swagger, ext.path("operationId").asText());
    Call call = Call.to(op.id());
    for (Map.Entry<String, JsonNode> arg : ext.path("parameters").properties()) {
      String value =
          arg.getValue().has("parameter")
              ? CURRENT.get(arg.getValue().get("parameter").asText())
              : arg.getValue().asText();
      boolean inPath = op.path().contains("{" + arg.getKey() + "}");
      call = inPath ? call.path(arg.getKey(), value) : call.query(arg.getKey(), value);
    }
    Exchange e = client.send(call);
    assertEquals(200, e.status(), op.id() + ": " + e.text());
    return e;
  }

  /** A Power Platform path string ({@code a/b}, empty for the root) applied to a value. */
  private static JsonNode at(JsonNode value, String path) {
    return path.isEmpty() ? value : value.at("/" + path);
  }

  /** JSON pointers of every key starting with {@code prefix}. */
  private static List<String> find(JsonNode node, String at, String prefix) {
    List<String> out = new ArrayList<>();
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                String pointer = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                if (e.getKey().startsWith(prefix)) {
                  out.add(pointer);
                } else {
                  out.addAll(find(e.getValue(), pointer, prefix));
                }
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.addAll(find(node.get(i), at + "/" + i, prefix));
      }
    }
    return out;
  }
}
