package dev.connectorkit.importer.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One operation: a path and HTTP method with what the file says about it. Absent keys are null.
 *
 * @param method the lower-case HTTP method
 * @param trigger {@code x-ms-trigger}, null for an action
 * @param extensions the other {@code x-} keys of the operation, in file order
 * @param keys every key the operation has in the file, to tell a default from a missing key
 * @param repeatsSecurity whether the operation has a {@code security} equal to the connector's
 */
public record Operation(
    String pointer,
    String path,
    String method,
    String operationId,
    String summary,
    String description,
    List<String> tags,
    List<String> consumes,
    List<String> produces,
    List<Parameter> parameters,
    List<Response> responses,
    boolean deprecated,
    String visibility,
    String trigger,
    Map<String, JsonNode> extensions,
    java.util.Set<String> keys,
    boolean repeatsSecurity) {

  /** Whether the file has this key on the operation. */
  public boolean has(String key) {
    return keys.contains(key);
  }

  /** An extension value, or null. */
  public JsonNode extension(String key) {
    return extensions.get(key);
  }

  /** The body parameter, or null. */
  public Parameter body() {
    return parameters.stream().filter(Parameter::isBody).findFirst().orElse(null);
  }
}
