package dev.connectorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles the same sources in several file orders, each with a fresh processor, and checks that
 * the connector files are byte for byte the same: {@code determinism/} holds a connector with
 * several resources and model types, and every {@code good/} case is checked too.
 */
class DeterminismTest {

  static Stream<Path> cases() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String folder : List.of("determinism", "good")) {
      try (Stream<Path> dirs = Files.list(Compilations.RESOURCES.resolve(folder))) {
        dirs.filter(Files::isDirectory).sorted().forEach(out::add);
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameBytesInAnyFileOrder(Path caseDir) {
    List<JavaFileObject> sorted = new ArrayList<>(Compilations.fileObjects(caseDir).values());
    List<JavaFileObject> reversed = new ArrayList<>(sorted);
    Collections.reverse(reversed);
    List<JavaFileObject> shuffled = new ArrayList<>(sorted);
    Collections.shuffle(shuffled, new Random(20240611L));
    assertTrue(sorted.size() > 1, "a case needs several files to be compiled in several orders");

    Map<String, byte[]> first = connectorFiles(sorted);
    assertTrue(!first.isEmpty(), "no connector files written");
    for (List<JavaFileObject> order : List.of(reversed, shuffled, sorted)) {
      Map<String, byte[]> again = connectorFiles(order);
      assertEquals(first.keySet(), again.keySet(), "files written");
      for (String file : first.keySet()) {
        assertArrayEquals(first.get(file), again.get(file), file);
      }
    }
  }

  private static Map<String, byte[]> connectorFiles(List<JavaFileObject> order) {
    Compilation compilation = Compilations.compileObjects(order);
    assertThat(compilation).succeeded();
    return Compilations.connectorFiles(compilation);
  }
}
