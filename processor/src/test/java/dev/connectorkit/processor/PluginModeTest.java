package dev.connectorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The javac plug-in mode ({@link ConnectorPlugin}) against the processor: every golden case gives
 * the same bytes, and bad cases the same diagnostics at the same file, line and column.
 */
class PluginModeTest {
  @TempDir Path out;

  static Stream<String> cases() throws IOException {
    return GoldenTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesTheGoldenBytes(String name) throws IOException {
    Path caseDir = Compilations.RESOURCES.resolve("good").resolve(name);
    Compilation compilation =
        compile(Compilations.fileObjects(caseDir).values(), Compilations.options(caseDir));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, byte[]> expected = files(Compilations.RESOURCES.resolve("expected").resolve(name));
    Map<String, byte[]> actual = files(out.resolve("META-INF/connectors"));
    assertFalse(actual.isEmpty(), "no connector files written");
    assertEquals(expected.keySet(), actual.keySet(), "files written");
    for (String file : expected.keySet()) {
      assertEquals(
          new String(expected.get(file), java.nio.charset.StandardCharsets.UTF_8),
          new String(actual.get(file), java.nio.charset.StandardCharsets.UTF_8),
          file);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "duplicate-operation-id",
        "duplicate-response",
        "connector-id",
        "ext-dynamic-calls",
        "ext-cert-titles",
        "enum_json_value",
        "claimed-twice-listed"
      })
  void reportsWhereTheProcessorReports(String name) {
    Path caseDir = Compilations.RESOURCES.resolve("bad").resolve(name);
    Map<String, JavaFileObject> sources = Compilations.fileObjects(caseDir);
    String[] options = Compilations.options(caseDir);
    List<String> processor =
        diagnostics(Compilations.compileObjects(sources.values(), options).diagnostics());
    List<String> plugin = diagnostics(compile(sources.values(), options).diagnostics());
    assertTrue(
        processor.stream().anyMatch(d -> d.contains("[Connector/")), "no ConnectorKit diagnostic");
    assertEquals(processor, plugin);
  }

  @Test
  void withoutTheOutputFolderItSaysWhatToPass() {
    Path caseDir = Compilations.RESOURCES.resolve("good").resolve("basic");
    Compilation compilation =
        javac()
            .withOptions("-proc:none", "-Xplugin:" + ConnectorPlugin.NAME)
            .compile(Compilations.fileObjects(caseDir).values());
    assertThat(compilation).hadErrorContaining("[Connector/PluginOutput]");
  }

  @Test
  void withAnnotationProcessingOnTheProcessorWritesAndThePluginSaysSo() {
    Path caseDir = Compilations.RESOURCES.resolve("good").resolve("basic");
    Compilation compilation =
        Compilations.compileObjects(
            Compilations.fileObjects(caseDir).values(),
            "-Aconnectorkit.certification=off",
            "-Xplugin:" + ConnectorPlugin.NAME + " out=" + out);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[Connector/PluginWithProcessor]");
    assertThat(compilation).hadWarningCount(1);
    assertFalse(Compilations.connectorFiles(compilation).isEmpty(), "the processor wrote nothing");
    assertEquals(Map.of(), files(out), "the plug-in wrote too");
  }

  @Test
  void timingAddsOneNotePerConnectorInBothModes() {
    Path caseDir = Compilations.RESOURCES.resolve("good").resolve("basic");
    Collection<JavaFileObject> sources = Compilations.fileObjects(caseDir).values();
    String timing = "-A" + ConnectorProcessor.TIMING + "=true";
    for (Compilation compilation :
        List.of(Compilations.compileObjects(sources, timing), compile(sources, timing))) {
      assertThat(compilation).succeeded();
      List<String> notes = timingNotes(compilation);
      assertEquals(1, notes.size(), notes.toString());
      assertTrue(
          notes
              .get(0)
              .matches(
                  "ConnectorKit took [0-9,]+ ms of (CPU time on the compiling thread|wall time)"
                      + " for \\S+: reading [0-9,]+ ms, checks [0-9,]+ ms, writing [0-9,]+ ms\\."),
          notes.get(0));
    }
    assertEquals(List.of(), timingNotes(Compilations.compileObjects(sources)));
  }

  private static List<String> timingNotes(Compilation compilation) {
    return compilation.notes().stream()
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith("ConnectorKit took"))
        .toList();
  }

  /** Compiles with the plug-in alone, the case's {@code -A} options as plug-in arguments. */
  private Compilation compile(Iterable<JavaFileObject> sources, String... options) {
    StringBuilder plugin = new StringBuilder("-Xplugin:" + ConnectorPlugin.NAME + " out=" + out);
    List<String> javacOptions = new ArrayList<>(List.of("-proc:none"));
    for (String option : options) {
      if (option.startsWith("-A")) {
        plugin.append(' ').append(option.substring(2));
      } else {
        javacOptions.add(option);
      }
    }
    javacOptions.add(plugin.toString());
    return javac().withOptions(javacOptions.toArray()).compile(sources);
  }

  /** Kind, file, line, column and message of each diagnostic but notes, in order. */
  private static List<String> diagnostics(List<Diagnostic<? extends JavaFileObject>> all) {
    List<String> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : all) {
      if (d.getKind() != Diagnostic.Kind.NOTE) {
        String file = d.getSource() == null ? "-" : d.getSource().getName();
        out.add(
            d.getKind()
                + " "
                + file
                + ":"
                + d.getLineNumber()
                + ":"
                + d.getColumnNumber()
                + " "
                + d.getMessage(Locale.ROOT));
      }
    }
    return out;
  }

  private static Map<String, byte[]> files(Path dir) {
    Map<String, byte[]> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
