package dev.connectorkit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times plain {@code javac} on one generated API with {@code -proc:none} and with the processor
 * path, alternating which goes first in each pair, and checks what the processor wrote.
 */
final class JavacBench {
  private final Path dir;
  private final ApiSize size;
  private final Toolchain tools;
  private final ProcessTimer timer;
  private final PrintStream log;

  JavacBench(Path work, ApiSize size, Toolchain tools, PrintStream log) {
    this.dir = work.resolve(size.name());
    this.size = size;
    this.tools = tools;
    this.timer = new ProcessTimer(dir.resolve("timer"));
    this.log = log;
  }

  /** Generates the API and writes the javac argument file; returns the sources' count. */
  int prepare() throws IOException {
    SwaggerCheck.delete(dir);
    List<Path> sources = new ApiGenerator(size, true).writeTo(dir.resolve("src"));
    writeArgFile(dir.resolve("sources.txt"), sources);
    return sources.size();
  }

  /** Runs {@code warmup} unmeasured pairs then {@code runs} measured ones. */
  SizeResult run(int warmup, int runs, SwaggerCheck check) throws Exception {
    int files = prepare();
    log.printf("%s: %d files, %d resources, %d operations, %d model types%n", size.name(), files,
        size.resources(), size.operations(), size.models());
    Path first = dir.resolve("out-first");
    for (int i = 0; i < warmup; i++) {
      compile(false, dir.resolve("out"));
      compile(true, first);
      log.printf("  warm-up %d done%n", i + 1);
    }
    List<Measurement> without = new ArrayList<>();
    List<Measurement> with = new ArrayList<>();
    Path plainOut = dir.resolve("out");
    for (int i = 0; i < runs; i++) {
      Path withOut = Files.exists(first) ? dir.resolve("out-with") : first;
      Measurement a;
      Measurement b;
      // Alternate the order so that a drift in machine load does not favour one side.
      if (i % 2 == 0) {
        a = compile(false, plainOut);
        b = compile(true, withOut);
      } else {
        b = compile(true, withOut);
        a = compile(false, plainOut);
      }
      if (!withOut.equals(first)) {
        SwaggerCheck.requireSameBytes(first, withOut);
      }
      without.add(a);
      with.add(b);
      log.printf("  run %d: javac %.0f ms, javac+ConnectorKit %.0f ms, ratio %.3f%n", i + 1,
          a.wallMillis(), b.wallMillis(), b.wallMillis() / a.wallMillis());
    }
    check.requireValid(first);
    return new SizeResult(size, without, with, SwaggerCheck.operations(first), check.validates());
  }

  /** One javac run into a fresh {@code out}, with or without the processor. */
  Measurement compile(boolean processor, Path out) throws Exception {
    SwaggerCheck.delete(out);
    Files.createDirectories(out);
    Measurement m = timer.run(tools.javac(processor, out, dir.resolve("sources.txt"), List.of()),
        dir);
    if (processor) {
      SwaggerCheck.requireOutput(out);
    }
    return m;
  }

  /** One run with the processor under Java Flight Recorder; returns the recording. */
  Path profile() throws Exception {
    prepare();
    Path recording = dir.resolve(size.name() + ".jfr");
    Path out = dir.resolve("out-profile");
    SwaggerCheck.delete(out);
    Files.createDirectories(out);
    // javac's stacks are deep: the default depth of 64 frames would cut off the processor's.
    timer.run(tools.javac(true, out, dir.resolve("sources.txt"), List.of(
        "-J-XX:FlightRecorderOptions=stackdepth=512",
        "-J-XX:StartFlightRecording=filename=" + recording + ",settings=profile")), dir);
    return recording;
  }

  /** The path of the generated API's argument file. */
  Path argFile() {
    return dir.resolve("sources.txt");
  }

  static void writeArgFile(Path file, List<Path> sources) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path source : sources) {
      text.append('"').append(source.toAbsolutePath().toString().replace("\\", "\\\\"))
          .append("\"\n");
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
