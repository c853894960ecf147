package dev.connectorkit.example.tickets.store;

import dev.connectorkit.example.tickets.model.FieldProperty;
import java.util.List;

/**
 * One custom field of a queue; values are text, optionally limited to a list or a pattern.
 *
 * @param name the property name in {@code customFields}
 * @param title the display title
 * @param description what the field holds
 * @param allowed the values the field accepts; empty for any
 * @param pattern a regular expression values must match, or null
 * @param required whether a ticket of the queue must set the field
 */
public record CustomField(
    String name,
    String title,
    String description,
    List<String> allowed,
    String pattern,
    boolean required) {

  /** The field as a property of a JSON schema. */
  public FieldProperty schema() {
    return new FieldProperty(
        "string", description, allowed.isEmpty() ? null : allowed, pattern, title);
  }

  /** Whether a value fits the field. */
  public boolean accepts(String value) {
    return value != null
        && value.length() <= 200
        && (allowed.isEmpty() || allowed.contains(value))
        && (pattern == null || value.matches(pattern));
  }
}
