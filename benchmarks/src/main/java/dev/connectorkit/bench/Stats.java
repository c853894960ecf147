package dev.connectorkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Medians, plain and of run-by-run ratios. */
final class Stats {
  private Stats() {}

  /** The median of {@code values}; NaN when there are none. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The median of one measure over the runs. */
  static double median(List<Measurement> runs, ToDoubleFunction<Measurement> measure) {
    List<Double> values = new ArrayList<>();
    runs.forEach(m -> values.add(measure.applyAsDouble(m)));
    return median(values);
  }

  /** The median of {@code b[i] / a[i]}: pairs share the machine's state, so noise cancels. */
  static double pairedRatio(
      List<Measurement> a, List<Measurement> b, ToDoubleFunction<Measurement> measure) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      ratios.add(measure.applyAsDouble(b.get(i)) / measure.applyAsDouble(a.get(i)));
    }
    return median(ratios);
  }

  /** The median of {@code b[i] - a[i]}. */
  static double pairedDifference(
      List<Measurement> a, List<Measurement> b, ToDoubleFunction<Measurement> measure) {
    List<Double> diffs = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      diffs.add(measure.applyAsDouble(b.get(i)) - measure.applyAsDouble(a.get(i)));
    }
    return median(diffs);
  }
}
