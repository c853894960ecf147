package dev.connectorkit.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small run of the generator and the runner, so that the benchmark cannot rot: the generated API
 * is deterministic, compiles with and without the processor, and the processor writes the same
 * valid Swagger 2.0 twice, and the plug-in the same bytes.
 */
class BenchmarkSmokeTest {
  private static final Path TARGET = Path.of(System.getProperty("bench.target", "target"));

  @TempDir Path temp;

  @Test
  void generatorIsDeterministic() throws Exception {
    ApiSize size = ApiSize.of("smoke:5");
    List<Path> first = new ApiGenerator(size, true).writeTo(temp.resolve("a"));
    List<Path> second = new ApiGenerator(size, true).writeTo(temp.resolve("b"));
    assertEquals(size.resources() + size.models() + 3, first.size());
    assertEquals(first.size(), second.size());
    for (int i = 0; i < first.size(); i++) {
      assertEquals(
          temp.resolve("a").relativize(first.get(i)), temp.resolve("b").relativize(second.get(i)));
      assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)));
    }
  }

  @Test
  void plainApiHasNoConnectorKitAnnotations() throws Exception {
    for (Path file : new ApiGenerator(ApiSize.of("smoke:5"), false).writeTo(temp)) {
      String text = Files.readString(file);
      assertTrue(!text.contains("dev.connectorkit"), file + " names ConnectorKit");
    }
  }

  @Test
  void runnerMeasuresAndChecksTheOutput() throws Exception {
    Path out = temp.resolve("results.md");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    String report =
        new BenchmarkRunner(
                new String[] {
                  "--sizes",
                  "smoke:3",
                  "--runs",
                  "2",
                  "--warmup",
                  "0",
                  "--peer-runs",
                  "0",
                  "--target",
                  TARGET.toString(),
                  "--work",
                  temp.resolve("work").toString(),
                  "--out",
                  out.toString()
                },
                new PrintStream(log, true, StandardCharsets.UTF_8))
            .run();
    assertTrue(Files.exists(out));
    assertTrue(report.contains("| smoke | 3 / 30 / 6 |"), report);
    assertTrue(
        report.contains(
            "smoke 2 runs of each, 30 operations written (valid Swagger 2.0, same bytes every run)"),
        report);
    assertTrue(report.contains("Plug-in mode"), report);
    assertTrue(report.contains("smoke,2,javac+connectorkit-plugin,"), report);
    assertTrue(report.contains("smoke,2,javac+empty-plugin,"), report);
    for (String folder : List.of("out-first", "out-plugin")) {
      Path classes = temp.resolve("work/smoke").resolve(folder);
      for (String name : SwaggerCheck.FILES) {
        assertTrue(Files.size(classes.resolve(SwaggerCheck.CONNECTOR_DIR).resolve(name)) > 0);
      }
    }
  }

  @Test
  void sizesMatchTheIssue() {
    assertEquals(List.of(10, 100, 20), counts(ApiSize.of("small")));
    assertEquals(List.of(100, 1000, 200), counts(ApiSize.of("medium")));
    assertEquals(List.of(500, 5000, 1000), counts(ApiSize.of("large")));
  }

  private static List<Integer> counts(ApiSize size) {
    return List.of(size.resources(), size.operations(), size.models());
  }
}
