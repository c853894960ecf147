package dev.connectorkit.processor.model;

import java.util.List;

/**
 * One operation parameter. For a body parameter {@code schema} is the body schema; otherwise it
 * holds the parameter's type, format, items, enum, default and constraints, written inline.
 *
 * @param encoded whether JAX-RS reads the value still encoded ({@code @Encoded}), so the connector
 *     sends it double-encoded
 * @param collectionFormat {@code multi} for a repeated query parameter, else null
 * @param shared the name under the global {@code parameters} it is written to, or null
 * @param omitted keys that state only a default and are left out ({@code required}, {@code
 *     x-ms-url-encoding})
 */
public record Parameter(
    String name,
    ParameterLocation location,
    boolean required,
    String description,
    String summary,
    String visibility,
    boolean encoded,
    String collectionFormat,
    Schema schema,
    String shared,
    Origin origin,
    List<String> omitted) {

  /** The same parameter with another schema. */
  public Parameter withSchema(Schema newSchema) {
    return new Parameter(
        name,
        location,
        required,
        description,
        summary,
        visibility,
        encoded,
        collectionFormat,
        newSchema,
        shared,
        origin,
        omitted);
  }

  /** The same parameter leaving out other keys. */
  public Parameter withOmitted(List<String> keys) {
    return new Parameter(
        name,
        location,
        required,
        description,
        summary,
        visibility,
        encoded,
        collectionFormat,
        schema,
        shared,
        origin,
        List.copyOf(keys));
  }
}
