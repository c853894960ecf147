package dev.connectorkit.importer;

import com.palantir.javapoet.JavaFile;
import dev.connectorkit.importer.generate.Generator;
import dev.connectorkit.importer.generate.SourceWriter;
import dev.connectorkit.importer.model.ImportedConnector;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.read.ConnectorFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Imports one connector folder: reads both files, generates the sources and writes them all or
 * nothing into the source folder. Problems are collected, never thrown.
 */
public final class Importer {
  private static final Set<String> DROPPED_HOST_PARTS = Set.of("www", "api");

  private Importer() {}

  /** What an import did: the problems found and the files written (none after an error). */
  public record Result(Problems problems, List<Path> written, String packageName) {

    /** Whether the sources were written. */
    public boolean ok() {
      return !problems.hasErrors();
    }
  }

  /** Imports {@code connectorDir} into {@code sourceDir}; {@code pkg} null derives one. */
  public static Result run(Path connectorDir, Path sourceDir, String pkg) {
    Problems problems = new Problems();
    ImportedConnector connector = ConnectorFolder.read(connectorDir, problems);
    if (connector == null) {
      return new Result(problems, List.of(), pkg);
    }
    String packageName = pkg != null ? pkg : packageFor(connector.host());
    List<JavaFile> files = Generator.generate(connector, packageName, problems);
    if (problems.hasErrors()) {
      return new Result(problems, List.of(), packageName);
    }
    try {
      return new Result(problems, SourceWriter.write(files, sourceDir), packageName);
    } catch (IOException e) {
      problems.error(sourceDir.toString(), "", "cannot be written: " + e.getMessage());
      return new Result(problems, List.of(), packageName);
    }
  }

  /**
   * A package from the API's host, as Java packages are named: {@code api.contoso.com} becomes
   * {@code com.contoso}.
   */
  static String packageFor(String host) {
    List<String> parts = new ArrayList<>();
    String name = host == null ? "" : host.replaceFirst(":.*$", "");
    String[] labels = name.toLowerCase(Locale.ROOT).split("\\.");
    for (int i = labels.length - 1; i >= 0; i--) {
      String p = labels[i].replaceAll("[^a-z0-9_]", "");
      if (p.isEmpty() || (DROPPED_HOST_PARTS.contains(p) && i == 0)) {
        continue;
      }
      if (Character.isDigit(p.charAt(0))) {
        p = "n" + p;
      }
      if (!javax.lang.model.SourceVersion.isName(p)) {
        p = p + "_";
      }
      parts.add(p);
    }
    return parts.isEmpty() ? "imported.connector" : String.join(".", parts);
  }

  /** A valid package name? */
  static boolean isPackage(String pkg) {
    return pkg != null && javax.lang.model.SourceVersion.isName(pkg);
  }

  /** The problems as lines, errors first. */
  static List<String> lines(Problems problems) {
    List<String> out = new ArrayList<>();
    problems.all().stream()
        .filter(p -> p.severity() == dev.connectorkit.importer.model.Problem.Severity.ERROR)
        .forEach(p -> out.add(p.format()));
    problems.all().stream()
        .filter(p -> p.severity() != dev.connectorkit.importer.model.Problem.Severity.ERROR)
        .forEach(p -> out.add(p.format()));
    return out;
  }
}
