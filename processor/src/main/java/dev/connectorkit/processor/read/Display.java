package dev.connectorkit.processor.read;

/**
 * What the designer shows for a parameter or property: title ({@code x-ms-summary}), description
 * and {@code x-ms-visibility}; each may be null.
 */
record Display(String summary, String description, String visibility) {

  /** Whether nothing is set. */
  boolean isEmpty() {
    return summary == null && description == null && visibility == null;
  }
}
