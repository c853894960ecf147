package dev.connectorkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The hand-written JAX-RS replicas of reference connectors under {@code replicas/}: one folder per
 * connector, named like the reference folder without spaces, compiled with the processor.
 */
final class Replicas {
  static final Path DIR = Compilations.RESOURCES.resolve("replicas");
  static final String SWAGGER = "apiDefinition.swagger.json";
  static final String PROPERTIES = "apiProperties.json";

  private Replicas() {}

  /** The replica folder names, sorted. */
  static List<String> names() {
    try (Stream<Path> dirs = Files.list(DIR)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles a replica with the processor. */
  static Compilation compile(String name) {
    Path caseDir = DIR.resolve(name);
    return Compilations.compile(Compilations.sources(caseDir), Compilations.options(caseDir));
  }

  /**
   * The two files of the one connector a compilation wrote, by file name; fails unless it wrote
   * exactly one connector's two files.
   */
  static Map<String, byte[]> files(Compilation compilation) {
    Map<String, byte[]> written = Compilations.connectorFiles(compilation);
    Map<String, byte[]> out = new TreeMap<>();
    String folder = null;
    for (Map.Entry<String, byte[]> e : written.entrySet()) {
      int slash = e.getKey().indexOf('/');
      folder = folder == null ? e.getKey().substring(0, slash) : folder;
      out.put(e.getKey().substring(slash + 1), e.getValue());
    }
    assertEquals(
        List.of(SWAGGER, PROPERTIES),
        List.copyOf(out.keySet()),
        "files written: " + written.keySet());
    assertEquals(2, written.size(), "one connector: " + written.keySet());
    return out;
  }

  /** The reference folder whose name without spaces is the replica's name. */
  static Path referenceFolder(Path connectorsDir, String name) {
    try (Stream<Path> dirs = Files.list(connectorsDir)) {
      return dirs.filter(d -> d.getFileName().toString().replace(" ", "").equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No reference connector for " + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
