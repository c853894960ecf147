package dev.connectorkit.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectorkit.importer.compare.Comparison;
import dev.connectorkit.importer.model.Problem;
import dev.connectorkit.importer.roundtrip.RoundTrip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every connector written for the tests (webhook, polling, dynamic schema, OAuth, multi-auth, file
 * upload, paging) comes back identical through import, the processor and comparison, with nothing
 * the import had to report and no warning from javac or the processor.
 */
class RoundTripTest {

  static Stream<String> connectors() throws IOException {
    try (Stream<Path> dirs = Files.list(TestResources.folder("connectors"))) {
      return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("connectors")
  void comesBackIdentical(String name) throws IOException {
    RoundTrip.Result r = RoundTrip.run(TestResources.folder("connectors/" + name), null, null);

    List<String> problems = r.imported().problems().all().stream().map(Problem::format).toList();
    assertEquals(List.of(), problems, "what the import reported");
    assertTrue(r.compiled().success(), () -> "compiled: " + r.compiled().errors());
    assertEquals(List.of(), r.compiled().warnings(), "javac and processor warnings");
    assertEquals(
        Comparison.Level.IDENTICAL,
        r.swagger().level(),
        () -> "apiDefinition.swagger.json: " + r.swagger().differences());
    assertEquals(
        Comparison.Level.IDENTICAL,
        r.properties().level(),
        () -> "apiProperties.json: " + r.properties().differences());
    assertTrue(r.ok());
  }
}
