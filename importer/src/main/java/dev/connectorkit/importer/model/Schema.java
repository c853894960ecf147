package dev.connectorkit.importer.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A Swagger 2.0 schema as read from the file, also the type part of a non-body parameter or a
 * header. Absent keys are null; {@code extensions} holds the {@code x-} keys in file order.
 *
 * @param pointer where the schema is, for messages
 * @param ref the definition name a {@code $ref} points to, or null
 * @param summary {@code x-ms-summary}
 * @param visibility {@code x-ms-visibility}
 * @param additionalProperties the schema of {@code additionalProperties}, or null
 * @param additionalPropertiesFlag {@code additionalProperties} when it is a boolean, or null
 * @param source the schema object as written in the file
 */
public record Schema(
    String pointer,
    String ref,
    String type,
    String format,
    String title,
    String description,
    String summary,
    String visibility,
    JsonNode defaultValue,
    JsonNode example,
    List<JsonNode> enumValues,
    Schema items,
    Map<String, Schema> properties,
    List<String> required,
    Schema additionalProperties,
    Boolean additionalPropertiesFlag,
    String pattern,
    Long minLength,
    Long maxLength,
    Long minItems,
    Long maxItems,
    Boolean uniqueItems,
    BigDecimal minimum,
    Boolean exclusiveMinimum,
    BigDecimal maximum,
    Boolean exclusiveMaximum,
    Boolean readOnly,
    Map<String, JsonNode> extensions,
    JsonNode source) {

  /** A schema of a type and nothing else, e.g. the type part of an added parameter. */
  public static Schema ofType(String pointer, String type) {
    return new Schema(
        pointer,
        null,
        type,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
            .objectNode()
            .put("type", type));
  }

  /** The same type without enum, facts or limits: what is left when an enum cannot be said. */
  public Schema withoutEnum() {
    return new Schema(
        pointer,
        null,
        type,
        format,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        items,
        properties,
        required,
        additionalProperties,
        additionalPropertiesFlag,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        source);
  }

  /** Whether this is only a {@code $ref}. */
  public boolean isRef() {
    return ref != null;
  }

  /** Whether this is an object with named properties. */
  public boolean hasProperties() {
    return properties != null && !properties.isEmpty();
  }

  /** Whether the schema has a {@code properties} key, maybe an empty one. */
  public boolean listsProperties() {
    return properties != null;
  }

  /** An extension value, or null. */
  public JsonNode extension(String key) {
    return extensions == null ? null : extensions.get(key);
  }
}
