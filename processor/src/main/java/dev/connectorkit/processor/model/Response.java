package dev.connectorkit.processor.model;

import java.util.List;

/**
 * One response of an operation: status ({@code "200"}, {@code "default"}), body, headers, display
 * title, the global {@code responses} name it is shared under (or null), and where it was declared
 * (its {@code @ApiResponse}, or the method it is derived from).
 */
public record Response(
    String status,
    String description,
    Schema schema,
    List<Header> headers,
    String summary,
    String shared,
    Origin origin) {

  /** A response derived from a method, with only a status, description and optional body. */
  public static Response of(String status, String description, Schema schema, Origin origin) {
    return new Response(status, description, schema, List.of(), null, null, origin);
  }

  /** The same response with another schema. */
  public Response withSchema(Schema newSchema) {
    return new Response(status, description, newSchema, headers, summary, shared, origin);
  }

  /** Whether the two declare the same response, wherever they were declared. */
  public boolean sameAs(Response other) {
    return status.equals(other.status)
        && description.equals(other.description)
        && java.util.Objects.equals(schema, other.schema)
        && headers.equals(other.headers)
        && java.util.Objects.equals(summary, other.summary)
        && java.util.Objects.equals(shared, other.shared);
  }
}
