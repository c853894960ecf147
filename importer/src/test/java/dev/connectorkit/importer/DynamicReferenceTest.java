package dev.connectorkit.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectorkit.importer.compare.Comparison;
import dev.connectorkit.importer.compare.Difference;
import dev.connectorkit.importer.roundtrip.RoundTrip;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dynamic extensions whose reference the processor would refuse or lose: the imported code must
 * compile, and a reference must name the operation as the imported code names it.
 */
class DynamicReferenceTest {
  @Test
  void aDottedPathIntoTheBodyIsWrittenRawAndCompiles() throws IOException {
    RoundTrip.Result r =
        RoundTrip.run(TestResources.folder("dynamic-references/dotted"), null, null);

    assertTrue(r.compiled().success(), () -> "compiled: " + r.compiled().errors());
    assertEquals(
        Comparison.Level.IDENTICAL,
        r.swagger().level(),
        () -> "apiDefinition.swagger.json: " + r.swagger().differences());
  }

  @Test
  void aReferenceFollowsAnOperationIdTheImportChanges() throws IOException {
    RoundTrip.Result r =
        RoundTrip.run(TestResources.folder("dynamic-references/renamed"), null, null);

    assertTrue(r.compiled().success(), () -> "compiled: " + r.compiled().errors());
    List<String> differences = r.swagger().differences().stream().map(Difference::format).toList();
    // One becomes @DynamicValues; the other, by a dotted path, is written raw.
    for (String property : List.of("folderId", "parentId")) {
      assertTrue(
          differences.stream()
              .anyMatch(
                  d ->
                      d.contains(property + "/x-ms-dynamic-values/operationId")
                          && d.contains("\"ListFolders\"")),
          differences::toString);
    }
  }
}
