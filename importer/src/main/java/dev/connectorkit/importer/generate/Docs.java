package dev.connectorkit.importer.generate;

import java.util.Locale;

/**
 * Descriptions as Javadoc: whether the processor would read a text back from Javadoc unchanged (it
 * folds white space, drops HTML and makes a sentence), and the text made safe inside a doc comment
 * for reading when an annotation has to carry it exactly.
 */
public final class Docs {
  private Docs() {}

  /**
   * Whether Javadoc alone reproduces the text: the processor's clean-up of Javadoc (inline tags and
   * HTML removed, white space folded, first letter upper case, a final period) leaves it as it is,
   * and nothing in it would end or change the comment.
   */
  public static boolean fitsJavadoc(String text) {
    if (text == null
        || text.isEmpty()
        || text.contains("\n")
        || text.contains("\r")
        || text.contains("*/")
        || text.contains("\\u")
        || text.startsWith("@")
        || text.contains(" @")) {
      return false;
    }
    return clean(text).equals(text);
  }

  /** What the processor makes of a Javadoc text (its {@code Javadocs.clean}). */
  static String clean(String text) {
    String s = text.replaceAll("\\{@(?:code|literal|link|linkplain|value)\\s+([^}]*)}", "$1");
    s = s.replaceAll("<[^>]+>", "");
    s = s.replaceAll("\\s+", " ").strip();
    if (s.isEmpty()) {
      return "";
    }
    s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    return Character.isLetterOrDigit(s.charAt(s.length() - 1)) ? s + "." : s;
  }

  /** The text made safe in a doc comment: no comment end, unicode escape or leading tag. */
  public static String safe(String text) {
    String s = text.replace("*/", "*&#47;").replace("\\u", "&#92;u").replace("\r", "");
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      String t = line.stripLeading();
      out.append(t.startsWith("@") ? "&#64;" + t.substring(1) : line).append('\n');
    }
    return out.toString().strip();
  }
}
