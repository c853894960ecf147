package dev.connectorkit.processor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Times the phases of one connector's generation on the compiling thread, for {@code
 * connectorkit.timing=true}: CPU time where the JVM measures it (the JIT and the garbage collector
 * work on other threads and are not counted), else wall time.
 */
final class PhaseClock {
  private final ThreadMXBean threads = threads();
  private final boolean cpu = threads != null;
  private final StringBuilder phases = new StringBuilder();
  private final long start;
  private long last;

  PhaseClock() {
    this.start = now();
    this.last = start;
  }

  /** Ends a phase that began at the last lap (or at the start). */
  void lap(String phase) {
    long now = now();
    phases
        .append(phases.length() == 0 ? "" : ", ")
        .append(phase)
        .append(' ')
        .append(millis(now - last));
    last = now;
  }

  /** What the phases so far took, for a compiler note. */
  String summary(String connectorId) {
    return String.format(
        Locale.ROOT,
        "ConnectorKit took %s of %s for %s: %s.",
        millis(last - start),
        cpu ? "CPU time on the compiling thread" : "wall time",
        connectorId,
        phases);
  }

  private long now() {
    return cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%,d ms", nanos / 1_000_000);
  }

  private static ThreadMXBean threads() {
    try {
      ThreadMXBean bean = ManagementFactory.getThreadMXBean();
      return bean.isCurrentThreadCpuTimeSupported() ? bean : null;
    } catch (LinkageError | UnsupportedOperationException e) {
      return null; // a runtime without java.management: wall time
    }
  }
}
