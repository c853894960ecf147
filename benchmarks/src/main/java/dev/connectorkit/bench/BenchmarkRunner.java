package dev.connectorkit.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark: for each size, plain javac with and without the processor in pairs, then
 * swagger-core's plugin on the same API, then an optional JFR profile; writes a Markdown report.
 */
public final class BenchmarkRunner {
  private final Map<String, String> options =
      new LinkedHashMap<>(
          Map.of(
              "sizes", "small,medium,large",
              "runs", "5",
              "warmup", "1",
              "peer-runs", "3",
              "profile", "",
              "target", "target",
              "mvn", "mvn"));
  private final PrintStream log;

  BenchmarkRunner(String[] args, PrintStream log) {
    this.log = log;
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Options are --name value; got " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    options.putIfAbsent("work", Path.of(options.get("target"), "bench").toString());
    options.putIfAbsent("out", Path.of(options.get("work"), "results.md").toString());
  }

  /** Runs everything the options ask for and writes the report; returns its text. */
  String run() throws Exception {
    long start = System.nanoTime();
    Path target = Path.of(options.get("target"));
    Path work = Path.of(options.get("work")).toAbsolutePath();
    Toolchain tools = Toolchain.fromTarget(target);
    Path schema = target.resolve("swagger-schema/schema.json");
    SwaggerCheck check = new SwaggerCheck(Files.exists(schema) ? schema : null);
    if (!new ProcessTimer(work).measuresCpuAndMemory()) {
      log.println("/usr/bin/time is missing (apt-get install -y time): CPU and memory are n/a.");
    }
    List<SizeResult> results = new ArrayList<>();
    Map<String, PeerResult> peers = new LinkedHashMap<>();
    int runs = Integer.parseInt(options.get("runs"));
    int warmup = Integer.parseInt(options.get("warmup"));
    int peerRuns = Integer.parseInt(options.get("peer-runs"));
    for (String name : sizes()) {
      ApiSize size = ApiSize.of(name);
      results.add(new JavacBench(work, size, tools, log).run(warmup, runs, check));
      write(ResultsReport.markdown(results, peers) + "\n(Partial: still running.)\n");
      if (peerRuns > 0) {
        log.printf("%s: swagger-core%n", size.name());
        peers.put(
            size.name(),
            new PeerBench(work, size, tools, options.get("mvn"), log).run(0, peerRuns));
        write(ResultsReport.markdown(results, peers) + "\n(Partial: still running.)\n");
      }
    }
    StringBuilder report =
        new StringBuilder(results.isEmpty() ? "" : ResultsReport.markdown(results, peers));
    if (!options.get("profile").isEmpty()) {
      ApiSize size = ApiSize.of(options.get("profile"));
      log.printf("%s: profiling javac + ConnectorKit with JFR%n", size.name());
      Path recording = new JavacBench(work.resolve("profile"), size, tools, log).profile();
      report
          .append("\nJFR profile of ")
          .append(size.name())
          .append(" (")
          .append(recording)
          .append("):\n\n```\n")
          .append(ProfileSummary.of(recording, 25))
          .append("```\n");
    }
    report.append(
        String.format(
            "%nOptions: %s; took %s.%n",
            options, Duration.ofNanos(System.nanoTime() - start).withNanos(0)));
    write(report.toString());
    log.println(report);
    log.println("Wrote " + options.get("out"));
    return report.toString();
  }

  /** Writes the report so far: a long run that is stopped still leaves what it measured. */
  private void write(String report) throws java.io.IOException {
    Path out = Path.of(options.get("out"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
  }

  private List<String> sizes() {
    String sizes = options.get("sizes");
    return sizes.isEmpty() || sizes.equals("none") ? List.of() : List.of(sizes.split(","));
  }

  /**
   * Runs the benchmark. Options: {@code --sizes small,medium,large --runs 5 --warmup 1 --peer-runs
   * 3 (0: no peer) --profile large (--sizes none: profile only) --target benchmarks/target --work
   * DIR --out FILE --mvn mvn}.
   */
  public static void main(String[] args) throws Exception {
    new BenchmarkRunner(args, System.out).run();
  }
}
