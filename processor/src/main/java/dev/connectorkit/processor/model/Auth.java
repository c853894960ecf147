package dev.connectorkit.processor.model;

import java.util.List;
import java.util.Map;

/**
 * Authentication and connection settings: the Swagger {@code securityDefinitions} and {@code
 * security}, and the {@code connectionParameters} / {@code connectionParameterSets} of
 * apiProperties, all JSON-shaped.
 */
public record Auth(
    Map<String, Object> securityDefinitions,
    List<Object> security,
    Map<String, Object> connectionParameters,
    Map<String, Object> connectionParameterSets) {

  /** No authentication. */
  public static Auth none() {
    return new Auth(Map.of(), List.of(), Map.of(), null);
  }
}
