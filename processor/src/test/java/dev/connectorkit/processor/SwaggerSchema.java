package dev.connectorkit.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

/**
 * The official Swagger 2.0 JSON schema ({@code /schema.json} of io.swagger:swagger-validator,
 * unpacked by the build), to validate what the processor writes.
 */
final class SwaggerSchema {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;

  private SwaggerSchema() {}

  static synchronized Schema schema() {
    if (schema == null) {
      try {
        JsonNode node =
            MAPPER.readTree(
                Files.readAllBytes(
                    Paths.get(
                        System.getProperty(
                            "swagger.schema", "target/swagger-schema/schema.json"))));
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(node);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  /** Fails with the validation messages if the document is not valid Swagger 2.0. */
  static void assertValid(String name, byte[] document) throws IOException {
    List<Error> errors = schema().validate(MAPPER.readTree(document));
    assertTrue(errors.isEmpty(), name + " is not valid Swagger 2.0: " + errors);
  }
}
