package dev.connectorkit.importer.generate;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes generated sources all or nothing: into a temporary folder beside the target first, then
 * moved into place, so that a failure leaves the source folder as it was.
 */
public final class SourceWriter {
  private SourceWriter() {}

  /** Writes the files below {@code sourceDir} and returns their paths. */
  public static List<Path> write(List<JavaFile> files, Path sourceDir) throws IOException {
    Path target = sourceDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, ".connectorkit-import-");
    try {
      for (JavaFile f : files) {
        f.writeTo(staging, java.nio.charset.StandardCharsets.UTF_8);
      }
      List<Path> relative = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(staging)) {
        walk.filter(Files::isRegularFile)
            .sorted()
            .forEach(p -> relative.add(staging.relativize(p)));
      }
      List<Path> written = new ArrayList<>();
      if (!Files.exists(target)) {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        relative.forEach(r -> written.add(target.resolve(r)));
        return written;
      }
      for (Path r : relative) {
        Path to = target.resolve(r);
        Files.createDirectories(to.getParent());
        Files.move(staging.resolve(r), to, StandardCopyOption.REPLACE_EXISTING);
        written.add(to);
      }
      return written;
    } finally {
      delete(staging);
    }
  }

  /** Deletes a folder and everything in it, if it exists. */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
