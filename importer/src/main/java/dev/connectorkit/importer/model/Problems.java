package dev.connectorkit.importer.model;

import java.util.ArrayList;
import java.util.List;

/** The problems found while importing one connector, in the order they were found. */
public final class Problems {
  /** The Swagger file's name, as problems name it. */
  public static final String SWAGGER = "apiDefinition.swagger.json";

  /** The properties file's name, as problems name it. */
  public static final String PROPERTIES = "apiProperties.json";

  private final List<Problem> all = new ArrayList<>();

  /** Records an error: the import stops before anything is written. */
  public void error(String file, String pointer, String message) {
    all.add(new Problem(Problem.Severity.ERROR, file, pointer, message));
  }

  /** Records a warning: the import goes on, this part is not reproduced exactly. */
  public void warn(String file, String pointer, String message) {
    all.add(new Problem(Problem.Severity.WARNING, file, pointer, message));
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return all.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  /** Every problem so far. */
  public List<Problem> all() {
    return List.copyOf(all);
  }
}
