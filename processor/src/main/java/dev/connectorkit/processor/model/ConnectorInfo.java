package dev.connectorkit.processor.model;

import java.util.List;

/** The connector-wide facts from {@code @Connector}: info, host, metadata and defaults. */
public record ConnectorInfo(
    String id,
    String title,
    String description,
    String version,
    Contact contact,
    String host,
    String basePath,
    List<String> schemes,
    List<String> consumes,
    List<String> produces,
    String brandColor,
    String publisher,
    String stackOwner,
    String website,
    String privacyPolicy,
    List<String> categories,
    boolean allOf,
    List<String> capabilities,
    boolean deriveCapabilities,
    boolean independentPublisher,
    List<String> emptySections) {

  /** Whether a top-level section ({@code "parameters"}, {@code "tags"}...) is written empty. */
  public boolean writesEmpty(String section) {
    return emptySections.contains(section);
  }

  /** The support contact; empty strings are left out when written. */
  public record Contact(String name, String url, String email) {

    /** Whether nothing is set. */
    public boolean isEmpty() {
      return name.isEmpty() && url.isEmpty() && email.isEmpty();
    }
  }
}
