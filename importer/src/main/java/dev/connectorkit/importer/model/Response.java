package dev.connectorkit.importer.model;

import java.util.List;

/**
 * One response of an operation.
 *
 * @param status {@code "200"}, {@code "default"}...
 * @param summary {@code x-ms-summary}
 * @param shared the name in the global {@code responses} when used through {@code $ref}, or null
 */
public record Response(
    String pointer,
    String status,
    String description,
    Schema schema,
    List<Header> headers,
    String summary,
    String shared) {

  /** A response header. */
  public record Header(
      String name, String description, String summary, String visibility, Schema schema) {}
}
