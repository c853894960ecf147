package dev.connectorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.connectorkit.processor.diag.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's diagnostics table names every message of the catalogue, with its severity. */
class ReadmeTest {

  @Test
  void everyDiagnosticIsDocumented() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Message m : Message.values()) {
      String severity =
          m.certification()
              ? "certification"
              : m.kind().toString().toLowerCase(java.util.Locale.ROOT);
      if (!readme.contains("| `" + m.id() + "` | " + severity)) {
        missing.add(m.id() + " (" + severity + ")");
      }
    }
    assertEquals(List.of(), missing, "diagnostics missing from the README table");
  }
}
