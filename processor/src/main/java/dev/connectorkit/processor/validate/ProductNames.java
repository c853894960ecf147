package dev.connectorkit.processor.validate;

import java.util.List;
import java.util.Locale;

/** The Power Platform product names certification keeps out of titles and descriptions. */
final class ProductNames {
  private static final List<String> NAMES =
      List.of(
          "power apps",
          "powerapps",
          "power automate",
          "power bi",
          "power platform",
          "power pages",
          "power virtual agents",
          "microsoft flow",
          "logic apps",
          "copilot studio");

  private ProductNames() {}

  /** The first product name the text contains, or null. */
  static String findIn(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String name : NAMES) {
      if (lower.contains(name)) {
        return name;
      }
    }
    return null;
  }
}
