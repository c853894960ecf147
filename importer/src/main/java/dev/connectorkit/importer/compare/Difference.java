package dev.connectorkit.importer.compare;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One place where the emitted file differs from the original: a JSON pointer, what the original has
 * there (null: nothing) and what was emitted (null: nothing).
 */
public record Difference(String pointer, JsonNode original, JsonNode emitted) {
  private static final int SHOWN = 100;

  /** One line: {@code /info/title: "A" in the original, "B" emitted}. */
  public String format() {
    String where = pointer.isEmpty() ? "(root)" : pointer;
    if (emitted == null) {
      return where + ": missing (original: " + shorten(original) + ")";
    }
    if (original == null) {
      return where + ": added (emitted: " + shorten(emitted) + ")";
    }
    return where + ": original " + shorten(original) + ", emitted " + shorten(emitted);
  }

  private static String shorten(JsonNode v) {
    String s = v.toString();
    return s.length() <= SHOWN ? s : s.substring(0, SHOWN - 3) + "...";
  }
}
