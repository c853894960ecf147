package dev.connectorkit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Times plain {@code javac} on one generated API with {@code -proc:none}, with an empty processor,
 * with an empty plug-in, with the ConnectorKit processor path and with the ConnectorKit plug-in,
 * side by side run by run, and checks what ConnectorKit wrote: the same bytes every run, in both
 * modes.
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

  /**
   * Runs {@code warmup} unmeasured rounds then {@code runs} measured ones; each round compiles once
   * per {@link Variant}, in an order that rotates so that no variant always goes first.
   */
  SizeResult run(int warmup, int runs, SwaggerCheck check) throws Exception {
    int files = prepare();
    log.printf(
        "%s: %d files, %d resources, %d operations, %d model types%n",
        size.name(), files, size.resources(), size.operations(), size.models());
    Path first = dir.resolve("out-first");
    for (int i = 0; i < warmup; i++) {
      for (Variant v : Variant.values()) {
        compile(v, v == Variant.CONNECTORKIT ? first : dir.resolve(outName(v)));
      }
      log.printf("  warm-up %d done%n", i + 1);
    }
    Map<Variant, List<Measurement>> measured = new EnumMap<>(Variant.class);
    Variant[] variants = Variant.values();
    for (int i = 0; i < runs; i++) {
      for (int k = 0; k < variants.length; k++) {
        Variant v = variants[(i + k) % variants.length];
        Path out = dir.resolve(outName(v));
        if (v == Variant.CONNECTORKIT) {
          out = Files.exists(first) ? dir.resolve("out-with") : first;
        }
        measured.computeIfAbsent(v, x -> new ArrayList<>()).add(compile(v, out));
        if (writes(v) && !out.equals(first)) {
          // The plug-in's output too: both modes must write the same bytes.
          SwaggerCheck.requireSameBytes(first, out);
        }
      }
      log.printf(
          "  run %d: javac %.0f ms, + empty processor %.0f ms, + empty plug-in %.0f ms,"
              + " + ConnectorKit %.0f ms, + ConnectorKit plug-in %.0f ms%n",
          i + 1,
          last(measured, Variant.PLAIN),
          last(measured, Variant.EMPTY),
          last(measured, Variant.EMPTY_PLUGIN),
          last(measured, Variant.CONNECTORKIT),
          last(measured, Variant.PLUGIN));
    }
    check.requireValid(first);
    return new SizeResult(
        size,
        measured.get(Variant.PLAIN),
        measured.get(Variant.EMPTY),
        measured.get(Variant.EMPTY_PLUGIN),
        measured.get(Variant.CONNECTORKIT),
        measured.get(Variant.PLUGIN),
        SwaggerCheck.operations(first),
        check.validates());
  }

  /** Whether the variant writes the connector's files. */
  private static boolean writes(Variant v) {
    return v == Variant.CONNECTORKIT || v == Variant.PLUGIN;
  }

  /** The class output of a variant's runs (the processor's first run has its own). */
  private static String outName(Variant v) {
    return v == Variant.PLUGIN ? "out-plugin" : "out";
  }

  private static double last(Map<Variant, List<Measurement>> measured, Variant v) {
    List<Measurement> runs = measured.get(v);
    return runs.get(runs.size() - 1).wallMillis();
  }

  /** One javac run into a fresh {@code out}. */
  Measurement compile(Variant variant, Path out) throws Exception {
    SwaggerCheck.delete(out);
    Files.createDirectories(out);
    Measurement m =
        timer.run(tools.javac(variant, out, dir.resolve("sources.txt"), List.of()), dir);
    if (writes(variant)) {
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
    timer.run(
        tools.javac(
            Variant.CONNECTORKIT,
            out,
            dir.resolve("sources.txt"),
            List.of(
                "-J-XX:FlightRecorderOptions=stackdepth=512",
                "-J-XX:StartFlightRecording=filename=" + recording + ",settings=profile")),
        dir);
    return recording;
  }

  static void writeArgFile(Path file, List<Path> sources) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path source : sources) {
      text.append('"')
          .append(source.toAbsolutePath().toString().replace("\\", "\\\\"))
          .append("\"\n");
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
