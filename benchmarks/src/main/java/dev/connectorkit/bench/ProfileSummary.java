package dev.connectorkit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Sums up a Java Flight Recorder recording of javac: the share of CPU samples under the processor,
 * under javac's annotation processing machinery, and the processor's hottest methods (inclusive)
 * and the frames they spend it in (self).
 */
final class ProfileSummary {
  private static final String OURS = "dev.connectorkit.";
  private static final String PROCESSING = "com.sun.tools.javac.processing.";

  private ProfileSummary() {}

  /** The summary, as Markdown-friendly text, with the {@code top} entries of each list. */
  static String of(Path recording, int top) throws IOException {
    int total = 0;
    int ours = 0;
    int processing = 0;
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      total++;
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      Set<String> seen = new HashSet<>();
      boolean inOurs = false;
      boolean inProcessing = false;
      for (RecordedFrame frame : frames) {
        String name = name(frame.getMethod());
        inProcessing |= name.startsWith(PROCESSING);
        // Lambda frames repeat their enclosing method; leave them out.
        if (name.startsWith(OURS) && !name.contains("$$Lambda")) {
          inOurs = true;
          if (seen.add(name)) {
            inclusive.merge(name, 1, Integer::sum);
          }
        }
      }
      if (inOurs) {
        ours++;
        self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
      }
      processing += inProcessing ? 1 : 0;
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "CPU samples: %d; under dev.connectorkit: %d (%.1f%%); under javac's"
                + " annotation processing (any processor, incl. ours): %d (%.1f%%)%n",
            total, ours, percent(ours, total), processing, percent(processing, total)));
    out.append("\nProcessor methods, inclusive samples:\n");
    append(out, inclusive, top, total);
    out.append("\nTop frames (self) of the samples under the processor:\n");
    append(out, self, top, total);
    return out.toString();
  }

  private static void append(StringBuilder out, Map<String, Integer> counts, int top, int total) {
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .forEach(
            e ->
                out.append(
                    String.format(
                        "  %6d  %5.1f%%  %s%n",
                        e.getValue(), percent(e.getValue(), total), e.getKey())));
  }

  private static String name(RecordedMethod method) {
    return method.getType().getName() + "." + method.getName();
  }

  private static double percent(int part, int total) {
    return total == 0 ? 0 : 100.0 * part / total;
  }

  /** Prints the summary of the recording {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    System.out.print(of(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 25));
  }
}
