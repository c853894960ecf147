package dev.connectorkit.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compiles each hand-written replica and compares what the processor writes with the original
 * connector files in the reference folder, as JSON trees with key order ignored; prints a table and
 * every difference with its JSON pointer, and fails on any difference. Run by {@code .ci/run}
 * (profile {@code reference}).
 */
class ReferenceReplicaIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyReplicaEqualsItsOriginal() throws Exception {
    Path connectors = MicrosoftSchemas.referenceDir().resolve("connectors");
    List<String> names = Replicas.names();
    StringBuilder table =
        new StringBuilder(
            String.format(
                "%nReference replicas%n  %-22s | %-26s | %-22s%n",
                "connector", Replicas.SWAGGER, Replicas.PROPERTIES));
    StringBuilder details = new StringBuilder();
    int differences = 0;
    for (String name : names) {
      Path original = Replicas.referenceFolder(connectors, name);
      Compilation compilation = Replicas.compile(name);
      if (compilation.status() != Compilation.Status.SUCCESS) {
        table.append(String.format("  %-22s | does not compile: %s%n", name, compilation.errors()));
        differences++;
        continue;
      }
      Map<String, byte[]> files = Replicas.files(compilation);
      List<String> cells = new ArrayList<>();
      for (String file : List.of(Replicas.SWAGGER, Replicas.PROPERTIES)) {
        JsonNode expected = MAPPER.readTree(Files.readAllBytes(original.resolve(file)));
        JsonNode actual = MAPPER.readTree(files.get(file));
        List<JsonTreeDiff.Difference> diff = JsonTreeDiff.compare(expected, actual);
        cells.add(diff.isEmpty() ? "equal" : diff.size() + " differences");
        for (JsonTreeDiff.Difference d : diff) {
          details
              .append("  ")
              .append(name)
              .append(' ')
              .append(file)
              .append(' ')
              .append(d)
              .append('\n');
        }
        differences += diff.size();
      }
      table.append(
          String.format(
              "  %-22s | %-26s | %-22s%n", original.getFileName(), cells.get(0), cells.get(1)));
    }
    System.out.println(table.append(details));
    assertTrue(names.size() >= 3, "fewer than three replicas: " + names);
    assertTrue(differences == 0, differences + " differences; see the table above");
  }
}
