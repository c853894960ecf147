package dev.connectorkit.importer.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorkit.importer.Importer;
import dev.connectorkit.importer.compare.Comparison;
import dev.connectorkit.importer.compare.JsonComparator;
import dev.connectorkit.importer.generate.SourceWriter;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.read.ConnectorFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole loop for one connector folder: import into a temporary folder, compile with the
 * processor, and compare the emitted {@code apiDefinition.swagger.json} and {@code
 * apiProperties.json} with the originals.
 */
public final class RoundTrip {
  private RoundTrip() {}

  /** What happened; comparisons are null when the loop stopped before comparing. */
  public record Result(
      Importer.Result imported,
      ProcessorCompiler.Result compiled,
      Comparison swagger,
      Comparison properties) {

    /** Whether both files came back at least equivalent. */
    public boolean ok() {
      return swagger != null
          && properties != null
          && swagger.isEquivalent()
          && properties.isEquivalent();
    }
  }

  /** Runs the loop; {@code keep} (or null) is where to leave the generated sources. */
  public static Result run(Path connectorDir, String pkg, Path keep) throws IOException {
    Path work = Files.createTempDirectory("connectorkit-roundtrip-");
    try {
      Path sources = keep != null ? keep : work.resolve("src");
      Importer.Result imported = Importer.run(connectorDir, sources, pkg);
      if (!imported.ok()) {
        return new Result(imported, null, null, null);
      }
      Path classes = work.resolve("classes");
      ProcessorCompiler.Result compiled = ProcessorCompiler.compile(sources, classes);
      if (!compiled.success()) {
        return new Result(imported, compiled, null, null);
      }
      Path emitted = emittedFolder(classes);
      if (emitted == null) {
        return new Result(
            imported,
            new ProcessorCompiler.Result(
                false, List.of("the processor wrote no connector"), compiled.warnings()),
            null,
            null);
      }
      Problems ignored = new Problems();
      return new Result(
          imported,
          compiled,
          compare(connectorDir, emitted, Problems.SWAGGER, ignored),
          compare(connectorDir, emitted, Problems.PROPERTIES, ignored));
    } finally {
      SourceWriter.delete(work);
    }
  }

  private static Comparison compare(Path original, Path emitted, String file, Problems p) {
    JsonNode a = ConnectorFolder.json(original, file, p);
    JsonNode b = ConnectorFolder.json(emitted, file, p);
    return JsonComparator.compare(a, b);
  }

  private static Path emittedFolder(Path classes) throws IOException {
    Path root = classes.resolve("META-INF/connectors");
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).findFirst().orElse(null);
    }
  }
}
