package dev.connectorkit.importer.roundtrip;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in-process with {@code javax.tools}, running the ConnectorKit
 * processor from the processor path as a build would. Both paths are taken from where the
 * importer's own classes come from, so the shaded jar needs nothing else.
 */
public final class ProcessorCompiler {
  /** The processor's class. */
  static final String PROCESSOR = "dev.connectorkit.processor.ConnectorProcessor";

  /** The outcome: whether it compiled, and every error and warning as a line. */
  public record Result(boolean success, List<String> errors, List<String> warnings) {}

  private ProcessorCompiler() {}

  /** Compiles every {@code .java} file below {@code sources} into {@code classes}. */
  public static Result compile(Path sources, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return new Result(
          false,
          List.of("no Java compiler: run the importer with a JDK, not a" + " JRE"),
          List.of());
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    Files.createDirectories(classes);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-d",
              classes.toString(),
              "-classpath",
              path(
                  "dev.connectorkit.annotations.Connector",
                  "jakarta.ws.rs.Path",
                  "com.fasterxml.jackson.annotation.JsonProperty",
                  "jakarta.validation.constraints.NotNull"),
              "--processor-path",
              path(
                  PROCESSOR,
                  "dev.connectorkit.annotations.Connector",
                  "com.fasterxml.jackson.databind.ObjectMapper",
                  "com.fasterxml.jackson.core.JsonFactory",
                  "com.fasterxml.jackson.annotation.JsonProperty"),
              "-processor",
              PROCESSOR,
              "-Aconnectorkit.certification=off",
              "-encoding",
              "UTF-8",
              "--release",
              "17",
              "-Xlint:all,-processing",
              "-implicit:none");
      Boolean ok =
          javac
              .getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files))
              .call();
      List<String> errors = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        String line = format(d, sources);
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(line);
        } else if (d.getKind() == Diagnostic.Kind.WARNING
            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
          warnings.add(line);
        }
      }
      return new Result(Boolean.TRUE.equals(ok) && errors.isEmpty(), errors, warnings);
    }
  }

  private static String format(Diagnostic<? extends JavaFileObject> d, Path sources) {
    String where = "";
    if (d.getSource() != null) {
      Path file = Path.of(d.getSource().toUri());
      where =
          (file.startsWith(sources) ? sources.relativize(file) : file)
              + ":"
              + d.getLineNumber()
              + ": ";
    }
    return where + d.getMessage(Locale.ROOT);
  }

  /** The class path made of the jars or folders the named classes are loaded from. */
  static String path(String... classNames) {
    Set<String> entries = new LinkedHashSet<>();
    for (String name : classNames) {
      try {
        Class<?> type = Class.forName(name, false, ProcessorCompiler.class.getClassLoader());
        entries.add(
            Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
        throw new IllegalStateException(
            "The importer cannot find " + name + " on its own class" + " path", e);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }
}
