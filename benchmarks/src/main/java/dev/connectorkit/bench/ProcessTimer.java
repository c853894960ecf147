package dev.connectorkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command as a child process and measures it: wall time with {@link System#nanoTime()}, CPU
 * time and peak RSS through GNU time ({@code /usr/bin/time}, Debian's {@code time} package) when it
 * is installed.
 */
final class ProcessTimer {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  private final Path work;
  private final boolean gnuTime;

  ProcessTimer(Path work) {
    this.work = work;
    this.gnuTime = Files.isExecutable(GNU_TIME);
  }

  /** Whether CPU time and peak memory are measured. */
  boolean measuresCpuAndMemory() {
    return gnuTime;
  }

  /** Runs {@code command} in {@code dir}; fails with the command's output if it fails. */
  Measurement run(List<String> command, Path dir) throws IOException, InterruptedException {
    Files.createDirectories(work);
    Path timeFile = work.resolve("time.txt");
    Path log = work.resolve("process.log");
    Files.deleteIfExists(timeFile);
    List<String> full = new ArrayList<>();
    if (gnuTime) {
      full.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S %M", "-o", timeFile.toString()));
    }
    full.addAll(command);
    ProcessBuilder pb =
        new ProcessBuilder(full)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    long start = System.nanoTime();
    Process process = pb.start();
    int exit = process.waitFor();
    double wall = (System.nanoTime() - start) / 1e6;
    if (exit != 0) {
      throw new IOException(
          "Exit "
              + exit
              + " from "
              + String.join(" ", command)
              + ":\n"
              + Files.readString(log, StandardCharsets.UTF_8));
    }
    String time = gnuTime ? lastLine(Files.readString(timeFile, StandardCharsets.UTF_8)) : null;
    return Measurement.of(wall, time);
  }

  /** What the last command printed. */
  String lastOutput() throws IOException {
    return Files.readString(work.resolve("process.log"), StandardCharsets.UTF_8);
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines[lines.length - 1];
  }
}
