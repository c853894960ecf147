package dev.connectorkit.processor;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Microsoft's JSON schemas for connector files, read from the reference folder that {@code .ci/run}
 * passes as {@code -Dreference.dir}; they carry {@code //} comments, which Jackson skips.
 */
final class MicrosoftSchemas {
  /**
   * Keys the schemas reject although certified connectors use them (see the reference README): an
   * error about one of them is known, not a failure.
   */
  static final List<String> KNOWN_UNLISTED =
      List.of(
          "x-ms-openai-data",
          "x-ms-openai-manifest",
          "x-ms-keywords",
          "x-ms-openai-published-to-copilots",
          "x-ms-editor",
          "x-ms-editor-options",
          "connectionParameterSets",
          "scriptOperations");

  private static final ObjectMapper LENIENT =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

  final Schema swagger;
  final Schema apiProperties;

  MicrosoftSchemas(Path referenceDir) throws IOException {
    Path dir = referenceDir.resolve("schemas");
    swagger =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(read(dir.resolve("apiDefinition.swagger.schema.json")));
    // A draft-07 schema with a draft-04 "id": the validator refuses the unknown keyword, and the
    // id names nothing we resolve.
    com.fasterxml.jackson.databind.node.ObjectNode props =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            read(dir.resolve("paconn-apiProperties.schema.json"));
    props.remove("id");
    apiProperties =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(props);
  }

  /** The reference folder from {@code -Dreference.dir}. */
  static Path referenceDir() {
    String dir = System.getProperty("reference.dir");
    if (dir == null) {
      throw new IllegalStateException("Run with -Dreference.dir=<shared/reference> (.ci/run does)");
    }
    return Path.of(dir);
  }

  static JsonNode read(Path file) throws IOException {
    return LENIENT.readTree(Files.readAllBytes(file));
  }

  /** The errors of a document, split into known (unlisted keys) and real ones. */
  record Verdict(List<String> known, List<String> real) {}

  static Verdict judge(Schema schema, JsonNode document) {
    List<String> known = new ArrayList<>();
    List<String> real = new ArrayList<>();
    for (Error e : schema.validate(document)) {
      String text = e.toString();
      (KNOWN_UNLISTED.stream().anyMatch(text::contains) ? known : real).add(text);
    }
    return new Verdict(known, real);
  }
}
