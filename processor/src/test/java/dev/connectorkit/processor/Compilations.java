package dev.connectorkit.processor;

import static com.google.testing.compile.Compiler.compiler;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the processor and collects the connector files it wrote. */
final class Compilations {
  /** The test resources folder in the source tree (where goldens are rewritten). */
  static final Path RESOURCES =
      Paths.get(System.getProperty("connectorkit.goldens", "src/test/resources"));

  /** Set {@code -Dconnectorkit.updateGoldens=true} to rewrite expected files (never in CI). */
  static final boolean UPDATE = Boolean.getBoolean("connectorkit.updateGoldens");

  /** What each compilation wrote; compile-testing keeps it only for successful ones. */
  private static final Map<Compilation, List<FileObject>> OUTPUTS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private Compilations() {}

  /** The .java files of a case folder, sorted by path. */
  static List<Path> sources(Path caseDir) {
    try (Stream<Path> files = Files.walk(caseDir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The javac options of a case: {@code -Aconnectorkit.certification=off}, or the lines of its
   * {@code javac.options} file.
   */
  static String[] options(Path caseDir) {
    Path file = caseDir.resolve("javac.options");
    if (!Files.exists(file)) {
      return new String[] {"-Aconnectorkit.certification=off"};
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles the files, in the given order, with the processor. */
  static Compilation compile(List<Path> files, String... options) {
    List<JavaFileObject> objects = new ArrayList<>();
    for (Path file : files) {
      objects.add(fileObject(file));
    }
    return compileObjects(objects, options);
  }

  /**
   * The sources of a case folder as the file objects to compile, keyed by their path below the
   * folder ({@code com/acme/TicketResource.java}) in path order; keep them to name the file of a
   * diagnostic ({@code inFile}).
   */
  static Map<String, JavaFileObject> fileObjects(Path caseDir) {
    Map<String, JavaFileObject> out = new LinkedHashMap<>();
    for (Path file : sources(caseDir)) {
      out.put(caseDir.relativize(file).toString().replace('\\', '/'), fileObject(file));
    }
    return out;
  }

  /** Compiles file objects, in the given order, with the processor. */
  static Compilation compileObjects(Collection<JavaFileObject> objects, String... options) {
    return compileObjects(objects, List.of(), options);
  }

  /** Compiles file objects with other processors of the build, run before ConnectorKit's. */
  static Compilation compileObjects(
      Collection<JavaFileObject> objects, List<Processor> others, String... options) {
    List<Processor> processors = new ArrayList<>(others);
    processors.add(new ConnectorProcessor());
    RecordingJavaCompiler recorder = new RecordingJavaCompiler();
    Compilation compilation =
        compiler(recorder)
            .withProcessors(processors)
            .withOptions((Object[]) options)
            .compile(objects);
    OUTPUTS.put(compilation, recorder.outputs());
    return compilation;
  }

  /** A source file whose name is its path below its case folder, as javac reports it. */
  static JavaFileObject fileObject(Path file) {
    try {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      String name = qualifiedName(file, source);
      return JavaFileObjects.forSourceString(name, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String qualifiedName(Path file, String source) {
    String simple = file.getFileName().toString().replaceFirst("\\.java$", "");
    var m = java.util.regex.Pattern.compile("(?m)^package\\s+([\\w.]+);").matcher(source);
    return m.find() ? m.group(1) + "." + simple : simple;
  }

  /**
   * Generated connector files: path below {@code META-INF/connectors/} → bytes; also after a failed
   * compilation, to check that connectors with errors were not written.
   */
  static Map<String, byte[]> connectorFiles(Compilation compilation) {
    Map<String, byte[]> out = new TreeMap<>();
    String prefix = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/META-INF/connectors/";
    List<? extends FileObject> outputs = OUTPUTS.get(compilation);
    if (outputs == null) {
      // Compiled elsewhere: only a successful compilation shows what it wrote.
      outputs = compilation.generatedFiles();
    }
    for (FileObject f : outputs) {
      String name = f.toUri().getPath();
      int i = name.indexOf(prefix);
      if (i >= 0) {
        try (var in = f.openInputStream()) {
          out.put(name.substring(i + prefix.length()), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return out;
  }
}
