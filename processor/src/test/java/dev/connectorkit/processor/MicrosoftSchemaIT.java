package dev.connectorkit.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Validates every connector the golden cases produce against Microsoft's schemas in the reference
 * folder, and prints a table. Run by {@code .ci/run} (profile {@code reference}); an error about a
 * key the schemas do not list yet is reported as known, any other error fails.
 */
class MicrosoftSchemaIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyGeneratedFileIsValidForMicrosoftSchemas() throws Exception {
    MicrosoftSchemas schemas = new MicrosoftSchemas(MicrosoftSchemas.referenceDir());
    // The schemas are live: an unknown x-ms key and a missing title are caught.
    assertTrue(
        !MicrosoftSchemas.judge(
                schemas.swagger,
                MAPPER.readTree(
                    "{\"swagger\": \"2.0\", \"info\": {\"version\": \"1\"}, \"paths\": {},"
                        + " \"x-ms-bogus\": 1}"))
            .real()
            .isEmpty(),
        "the swagger schema rejects nothing");
    List<String> failures = new ArrayList<>();
    StringBuilder table = new StringBuilder("\nMicrosoft schemas | case/connector/file | result\n");
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(Compilations.RESOURCES.resolve("good"))) {
      cases = dirs.filter(Files::isDirectory).sorted().toList();
    }
    int files = 0;
    for (Path caseDir : cases) {
      Compilation c =
          Compilations.compile(Compilations.sources(caseDir), Compilations.options(caseDir));
      for (Map.Entry<String, byte[]> e : Compilations.connectorFiles(c).entrySet()) {
        boolean swagger = e.getKey().endsWith("apiDefinition.swagger.json");
        MicrosoftSchemas.Verdict v =
            MicrosoftSchemas.judge(
                swagger ? schemas.swagger : schemas.apiProperties, MAPPER.readTree(e.getValue()));
        String name = caseDir.getFileName() + "/" + e.getKey();
        String result =
            !v.real().isEmpty()
                ? "INVALID " + v.real()
                : !v.known().isEmpty() ? "valid except known unlisted keys " + v.known() : "valid";
        table.append("  ").append(name).append(" | ").append(result).append('\n');
        files++;
        if (!v.real().isEmpty()) {
          failures.add(name + ": " + v.real());
        }
      }
    }
    table
        .append("  ")
        .append(files)
        .append(" files, ")
        .append(failures.size())
        .append(" invalid\n");
    System.out.println(table);
    assertTrue(files > 0, "no files were generated");
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
