package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The connector files the processor wrote while compiling the service, from the class path. */
public final class ConnectorFiles {
  /** Where the processor writes the connector. */
  public static final String FOLDER = "/META-INF/connectors/ContosoTickets/";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch");

  private ConnectorFiles() {}

  /** One operation of the definition. */
  public record Operation(String id, String method, String path, JsonNode node, JsonNode item) {}

  /** {@code apiDefinition.swagger.json}. */
  public static JsonNode swagger() {
    return read("apiDefinition.swagger.json");
  }

  /** {@code apiProperties.json}. */
  public static JsonNode apiProperties() {
    return read("apiProperties.json");
  }

  /** The raw bytes of a connector file. */
  public static byte[] bytes(String name) {
    try (InputStream in = ConnectorFiles.class.getResourceAsStream(FOLDER + name)) {
      assertNotNull(in, FOLDER + name + " is not on the class path");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every operation of a definition, in path order. */
  public static List<Operation> operations(JsonNode swagger) {
    List<Operation> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : swagger.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (METHODS.contains(op.getKey())) {
          out.add(
              new Operation(
                  op.getValue().path("operationId").asText(),
                  op.getKey(),
                  path.getKey(),
                  op.getValue(),
                  path.getValue()));
        }
      }
    }
    return out;
  }

  /** The operation with that ID. */
  public static Operation operation(JsonNode swagger, String id) {
    return operations(swagger).stream()
        .filter(o -> o.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("The definition has no operation " + id));
  }

  /** A node, or the node its {@code $ref} points to within the definition. */
  public static JsonNode resolve(JsonNode swagger, JsonNode node) {
    JsonNode n = node;
    for (int i = 0; i < 10 && n.has("$ref"); i++) {
      n = swagger.at(n.get("$ref").asText().substring(1));
    }
    return n;
  }

  /** The body or form parameters of an operation. */
  public static List<JsonNode> parameters(Operation op, String in) {
    List<JsonNode> out = new ArrayList<>();
    op.node()
        .path("parameters")
        .forEach(
            p -> {
              if (p.path("in").asText().equals(in)) {
                out.add(p);
              }
            });
    return out;
  }

  private static JsonNode read(String name) {
    try {
      return JSON.readTree(bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
