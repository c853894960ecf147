package dev.connectorkit.bench;

/**
 * What one process cost: wall time, CPU time (user + system) and peak resident memory; CPU and
 * memory are -1 where {@code /usr/bin/time} is missing.
 *
 * @param wallMillis elapsed time, measured by the runner
 * @param cpuMillis user plus system CPU time of the process
 * @param peakRssKb the process's maximum resident set size, in KiB
 */
record Measurement(double wallMillis, double cpuMillis, long peakRssKb) {
  /**
   * Reads the line {@code /usr/bin/time -f "%U %S %M"} wrote: user and system seconds, then the
   * peak RSS in KiB.
   */
  static Measurement of(double wallMillis, String timeLine) {
    if (timeLine == null || timeLine.isBlank()) {
      return new Measurement(wallMillis, -1, -1);
    }
    String[] parts = timeLine.trim().split("\\s+");
    double cpu = (Double.parseDouble(parts[0]) + Double.parseDouble(parts[1])) * 1000;
    return new Measurement(wallMillis, cpu, Long.parseLong(parts[2]));
  }
}
