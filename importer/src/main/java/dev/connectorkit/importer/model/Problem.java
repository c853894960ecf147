package dev.connectorkit.importer.model;

/**
 * Something the importer has to say about the input: where it is (file and JSON pointer) and
 * whether it stops the import ({@link Severity#ERROR}) or only means the imported code cannot
 * reproduce that part exactly ({@link Severity#WARNING}).
 */
public record Problem(Severity severity, String file, String pointer, String message) {

  /** How serious a problem is. */
  public enum Severity {
    /** The input cannot be imported; nothing is written. */
    ERROR,
    /** The input is imported, but this part is not reproduced as written (or only raw). */
    WARNING
  }

  /** The problem as one line: {@code error: apiDefinition.swagger.json#/paths/...: message}. */
  public String format() {
    String where = pointer == null || pointer.isEmpty() ? file : file + "#" + pointer;
    return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + where + ": " + message;
  }
}
