package dev.connectorkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks the processor's output: the connector files exist, every run wrote the same bytes, and the
 * definition is valid against the official Swagger 2.0 JSON schema (draft 4).
 */
final class SwaggerCheck {
  static final String CONNECTOR_DIR = "META-INF/connectors/BenchCatalog";
  static final List<String> FILES = List.of("apiDefinition.swagger.json", "apiProperties.json");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Schema schema;

  /** A check against the schema at {@code schemaFile}; {@code null} skips schema validation. */
  SwaggerCheck(Path schemaFile) throws IOException {
    this.schema =
        schemaFile == null
            ? null
            : SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(MAPPER.readTree(Files.readAllBytes(schemaFile)));
  }

  /** Whether schema validation is on. */
  boolean validates() {
    return schema != null;
  }

  /** Fails unless both connector files are under the class output {@code classes}. */
  static void requireOutput(Path classes) throws IOException {
    for (String name : FILES) {
      Path file = classes.resolve(CONNECTOR_DIR).resolve(name);
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        throw new IOException("The processor did not write " + file);
      }
    }
  }

  /** Fails unless the connector files of two class outputs are byte for byte the same. */
  static void requireSameBytes(Path first, Path other) throws IOException {
    for (String name : FILES) {
      byte[] a = Files.readAllBytes(first.resolve(CONNECTOR_DIR).resolve(name));
      byte[] b = Files.readAllBytes(other.resolve(CONNECTOR_DIR).resolve(name));
      if (!Arrays.equals(a, b)) {
        throw new IOException(name + " differs between " + first + " and " + other);
      }
    }
  }

  /** Fails with the schema's messages unless the definition under {@code classes} is valid. */
  void requireValid(Path classes) throws IOException {
    if (schema == null) {
      return;
    }
    JsonNode doc =
        MAPPER.readTree(Files.readAllBytes(classes.resolve(CONNECTOR_DIR).resolve(FILES.get(0))));
    List<Error> errors = schema.validate(doc);
    if (!errors.isEmpty()) {
      throw new IOException(
          "Not valid Swagger 2.0: " + errors.subList(0, Math.min(10, errors.size())));
    }
  }

  /** How many operations the definition under {@code classes} has. */
  static int operations(Path classes) throws IOException {
    JsonNode paths =
        MAPPER
            .readTree(Files.readAllBytes(classes.resolve(CONNECTOR_DIR).resolve(FILES.get(0))))
            .path("paths");
    int count = 0;
    for (JsonNode path : (Iterable<JsonNode>) paths::elements) {
      for (String key : (Iterable<String>) path::fieldNames) {
        count += key.equals("parameters") || key.startsWith("x-") ? 0 : 1;
      }
    }
    return count;
  }

  /** Deletes a folder and everything in it, if it exists. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((x, y) -> y.compareTo(x)).toList()) {
        Files.delete(p);
      }
    }
  }
}
