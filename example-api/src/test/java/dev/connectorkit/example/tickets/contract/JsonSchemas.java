package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Checks JSON values against schemas of the definition, its {@code definitions} in scope. */
public final class JsonSchemas {
  private JsonSchemas() {}

  /**
   * Fails unless the value fits the schema; objects may not carry properties the schema does not
   * declare, so that a field the connector does not describe is caught as well.
   */
  public static void assertFits(JsonNode swagger, JsonNode schema, JsonNode value, String what) {
    ObjectNode root = strict(schema.deepCopy());
    ObjectNode definitions = root.putObject("definitions");
    swagger
        .path("definitions")
        .properties()
        .forEach(d -> definitions.set(d.getKey(), strict(d.getValue().deepCopy())));
    List<Error> errors =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(root)
            .validate(value);
    assertTrue(errors.isEmpty(), what + " does not fit its schema: " + errors + "\n" + value);
  }

  /** Adds {@code additionalProperties: false} to object schemas that list their properties. */
  private static ObjectNode strict(ObjectNode schema) {
    if (schema.has("properties") && !schema.has("additionalProperties")) {
      schema.put("additionalProperties", false);
    }
    schema
        .path("properties")
        .forEach(
            p -> {
              if (p instanceof ObjectNode o) {
                strict(o);
              }
            });
    if (schema.path("items") instanceof ObjectNode items) {
      strict(items);
    }
    if (schema.path("additionalProperties") instanceof ObjectNode more) {
      strict(more);
    }
    return schema;
  }
}
