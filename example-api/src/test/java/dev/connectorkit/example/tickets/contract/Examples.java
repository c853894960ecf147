package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Builds request bodies from the definition's schemas: every required property gets a value of its
 * declared type (the first enum value, a string within its length limits), then the test's own
 * values are laid over it.
 */
public final class Examples {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Examples() {}

  /** The body of an operation's body parameter, with {@code values} laid over it. */
  public static ObjectNode body(JsonNode swagger, String operationId, Map<String, ?> values) {
    var op = ConnectorFiles.operation(swagger, operationId);
    var params = ConnectorFiles.parameters(op, "body");
    assertTrue(params.size() == 1, operationId + " has no single body parameter");
    JsonNode schema = ConnectorFiles.resolve(swagger, params.get(0).path("schema"));
    ObjectNode body = (ObjectNode) example(swagger, schema, "body");
    values.forEach(
        (k, v) -> {
          assertTrue(
              schema.path("properties").has(k), operationId + "'s body has no property " + k);
          body.set(k, new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(v));
        });
    return body;
  }

  /** A value that fits a schema, with only the required properties of objects. */
  public static JsonNode example(JsonNode swagger, JsonNode schemaOrRef, String name) {
    JsonNode schema = ConnectorFiles.resolve(swagger, schemaOrRef);
    if (schema.has("enum")) {
      return schema.get("enum").get(0);
    }
    switch (schema.path("type").asText("object")) {
      case "string":
        return NODES.textNode(text(schema, name));
      case "integer":
      case "number":
        return NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
      case "boolean":
        return NODES.booleanNode(true);
      case "array":
        return NODES.arrayNode().add(example(swagger, schema.path("items"), name));
      default:
        ObjectNode out = NODES.objectNode();
        for (JsonNode required : schema.path("required")) {
          String p = required.asText();
          out.set(p, example(swagger, schema.path("properties").path(p), p));
        }
        return out;
    }
  }

  /** Values for the custom fields a dynamic schema describes, all of them. */
  public static ObjectNode fromDynamicSchema(JsonNode dynamicSchema) {
    ObjectNode out = NODES.objectNode();
    for (Map.Entry<String, JsonNode> p : dynamicSchema.path("properties").properties()) {
      JsonNode s = p.getValue();
      out.set(
          p.getKey(), s.has("enum") ? s.get("enum").get(0) : NODES.textNode(text(s, p.getKey())));
    }
    return out;
  }

  private static String text(JsonNode schema, String name) {
    if (schema.has("pattern")) {
      // The one pattern kind the service uses is a number; a different one should fail loudly.
      String candidate = "1";
      assertTrue(
          candidate.matches(schema.get("pattern").asText()),
          "No example for pattern " + schema.get("pattern"));
      return candidate;
    }
    return switch (schema.path("format").asText()) {
      case "date-time" -> "2024-01-01T00:00:00Z";
      case "uri" -> "https://example.com/";
      case "email" -> "someone@example.com";
      default -> {
        String text = "Example " + name;
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        yield text.substring(0, Math.min(text.length(), max));
      }
    };
  }
}
