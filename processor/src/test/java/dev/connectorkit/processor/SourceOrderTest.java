package dev.connectorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every {@code good/} case with its sources in reverse order: the files written, and so
 * the definition names, must be the same bytes as the goldens.
 */
class SourceOrderTest {

  static Stream<String> cases() throws IOException {
    return GoldenTest.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputDoesNotDependOnSourceOrder(String name) throws IOException {
    Path caseDir = Compilations.RESOURCES.resolve("good").resolve(name);
    List<Path> reversed = new ArrayList<>(Compilations.sources(caseDir));
    Collections.reverse(reversed);
    Compilation compilation = Compilations.compile(reversed, Compilations.options(caseDir));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, byte[]> actual = Compilations.connectorFiles(compilation);
    Path expectedDir = Compilations.RESOURCES.resolve("expected").resolve(name);
    for (Map.Entry<String, byte[]> e : actual.entrySet()) {
      String expected = Files.readString(expectedDir.resolve(e.getKey()), StandardCharsets.UTF_8);
      assertEquals(expected, new String(e.getValue(), StandardCharsets.UTF_8), e.getKey());
    }
    try (Stream<Path> files = Files.walk(expectedDir)) {
      assertEquals(files.filter(Files::isRegularFile).count(), actual.size(), "files written");
    }
  }
}
