package dev.connectorkit.importer.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * An operation parameter as read from the file. For a body parameter {@code schema} is its schema;
 * for the others it holds the type part (type, format, items, enum, default, limits).
 *
 * @param in {@code path}, {@code query}, {@code header}, {@code formData} or {@code body}
 * @param required the {@code required} key, null when absent
 * @param urlEncoding {@code x-ms-url-encoding}, or null
 * @param shared the name in the global {@code parameters} when used through {@code $ref}, or null
 * @param extensions the other {@code x-} keys, in file order
 */
public record Parameter(
    String pointer,
    String name,
    String in,
    String description,
    Boolean required,
    String summary,
    String visibility,
    String collectionFormat,
    String urlEncoding,
    Schema schema,
    String shared,
    Map<String, JsonNode> extensions) {

  /** Whether this is the body. */
  public boolean isBody() {
    return "body".equals(in);
  }
}
