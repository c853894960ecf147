package dev.connectorkit.processor.model;

import java.util.List;

/**
 * One response of an operation: status ({@code "200"}, {@code "default"}), body, headers, display
 * title, and the global {@code responses} name it is shared under (or null).
 */
public record Response(
    String status,
    String description,
    Schema schema,
    List<Header> headers,
    String summary,
    String shared) {

  /** A response with only a status, description and optional body. */
  public static Response of(String status, String description, Schema schema) {
    return new Response(status, description, schema, List.of(), null, null);
  }

  /** The same response with another schema. */
  public Response withSchema(Schema newSchema) {
    return new Response(status, description, newSchema, headers, summary, shared);
  }
}
