package dev.connectorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every case under {@code good/} and compares the connector files with {@code
 * expected/<case>/}, byte for byte; every file written is valid Swagger 2.0. A case compiles
 * without certification rules unless its {@code javac.options} says otherwise: the mapping cases
 * need not carry certification metadata, and the certification rules have their own tests.
 */
class GoldenTest {

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(Compilations.RESOURCES.resolve("good"))) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(String name) throws IOException {
    Path caseDir = Compilations.RESOURCES.resolve("good").resolve(name);
    Compilation compilation =
        Compilations.compile(Compilations.sources(caseDir), Compilations.options(caseDir));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, byte[]> actual = Compilations.connectorFiles(compilation);
    assertFalse(actual.isEmpty(), "no connector files written");
    Path expectedDir = Compilations.RESOURCES.resolve("expected").resolve(name);
    if (Compilations.UPDATE) {
      for (Map.Entry<String, byte[]> e : actual.entrySet()) {
        Path target = expectedDir.resolve(e.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      }
    }
    Map<String, String> expected = new TreeMap<>();
    try (Stream<Path> files = Files.walk(expectedDir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        expected.put(
            expectedDir.relativize(f).toString().replace('\\', '/'),
            Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    Map<String, String> actualText = new TreeMap<>();
    actual.forEach((k, v) -> actualText.put(k, new String(v, StandardCharsets.UTF_8)));
    assertEquals(expected.keySet(), actualText.keySet(), "files written");
    for (String file : expected.keySet()) {
      assertEquals(expected.get(file), actualText.get(file), file);
    }
    for (Map.Entry<String, byte[]> e : actual.entrySet()) {
      if (e.getKey().endsWith("apiDefinition.swagger.json")) {
        SwaggerSchema.assertValid(e.getKey(), e.getValue());
      }
    }
  }
}
