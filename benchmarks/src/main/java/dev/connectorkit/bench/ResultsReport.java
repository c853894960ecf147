package dev.connectorkit.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Writes the measured results as a Markdown table, then every run as CSV. */
final class ResultsReport {
  private ResultsReport() {}

  /** The table and the raw runs; {@code peers} may lack sizes. */
  static String markdown(List<SizeResult> results, Map<String, PeerResult> peers) {
    StringBuilder out = new StringBuilder();
    out.append(
        "| size | resources / operations / model types | javac | javac + empty processor "
            + "| javac + ConnectorKit | ratio CK ÷ javac | ratio empty ÷ javac | ratio CK ÷ empty "
            + "| CPU of CK beyond the empty processor (per 1,000 operations) | CPU javac → CK (ratio) "
            + "| peak RSS javac → CK "
            + "(ratio) | swagger-core `resolve` (Maven start-up alone) | (javac + resolve) ÷ "
            + "(javac + CK) |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (SizeResult r : results) {
      double plain = Stats.median(r.without(), Measurement::wallMillis);
      double with = Stats.median(r.with(), Measurement::wallMillis);
      double overhead = Stats.pairedDifference(r.empty(), r.with(), Measurement::cpuMillis);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d / %d / %d | %s | %s | %s | %.3f | %.3f |"
                  + " %.3f | %s (%.0f ms) | %s → %s (%.3f) | %s → %s (%.3f) | ",
              r.size().name(),
              r.size().resources(),
              r.size().operations(),
              r.size().models(),
              seconds(plain),
              seconds(Stats.median(r.empty(), Measurement::wallMillis)),
              seconds(with),
              Stats.pairedRatio(r.without(), r.with(), Measurement::wallMillis),
              Stats.pairedRatio(r.without(), r.empty(), Measurement::wallMillis),
              Stats.pairedRatio(r.empty(), r.with(), Measurement::wallMillis),
              seconds(overhead),
              overhead * 1000 / r.size().operations(),
              seconds(Stats.median(r.without(), Measurement::cpuMillis)),
              seconds(Stats.median(r.with(), Measurement::cpuMillis)),
              Stats.pairedRatio(r.without(), r.with(), Measurement::cpuMillis),
              mib(Stats.median(r.without(), m -> m.peakRssKb())),
              mib(Stats.median(r.with(), m -> m.peakRssKb())),
              Stats.pairedRatio(r.without(), r.with(), m -> m.peakRssKb())));
      PeerResult p = peers.get(r.size().name());
      if (p == null) {
        out.append("not run | – |\n");
      } else {
        double resolve = Stats.median(p.resolve(), Measurement::wallMillis);
        out.append(
            String.format(
                Locale.ROOT,
                "%s (%s) | %.1f |\n",
                seconds(resolve),
                seconds(Stats.median(p.startup(), Measurement::wallMillis)),
                (plain + resolve) / with));
      }
    }
    plugin(out, results);
    ratios(
        out,
        results,
        "CPU (user + system time, less sensitive to other processes than wall " + "time)",
        Measurement::cpuMillis);
    ratios(out, results, "Peak RSS", m -> m.peakRssKb());
    out.append("\nRuns: ");
    for (SizeResult r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "%s %d runs of each, %d operations written (%s); ",
              r.size().name(),
              r.with().size(),
              r.operationsWritten(),
              r.validated() ? "valid Swagger 2.0, same bytes every run" : "same bytes every run"));
    }
    for (PeerResult p : peers.values()) {
      out.append(
          String.format(
              Locale.ROOT,
              "swagger-core %s %d runs, %d operations written; ",
              p.size().name(),
              p.resolve().size(),
              p.operationsWritten()));
    }
    out.append("\n\n```csv\nsize,run,variant,wall_ms,cpu_ms,peak_rss_kb\n");
    for (SizeResult r : results) {
      csv(out, r.size().name(), Variant.PLAIN.label(), r.without());
      csv(out, r.size().name(), Variant.EMPTY.label(), r.empty());
      csv(out, r.size().name(), Variant.EMPTY_PLUGIN.label(), r.emptyPlugin());
      csv(out, r.size().name(), Variant.CONNECTORKIT.label(), r.with());
      csv(out, r.size().name(), Variant.PLUGIN.label(), r.plugin());
    }
    for (PeerResult p : peers.values()) {
      csv(out, p.size().name(), "swagger-core-resolve", p.resolve());
      csv(out, p.size().name(), "maven-validate", p.startup());
    }
    return out.append("```\n").toString();
  }

  /**
   * The plug-in mode against plain javac, against an empty plug-in (what any plug-in costs) and
   * against the processor, paired run by run.
   */
  private static void plugin(StringBuilder out, List<SizeResult> results) {
    out.append(
        "\nPlug-in mode (`-proc:none -Xplugin:ConnectorKit`), paired medians:\n\n"
            + "| size | javac + CK plug-in | wall plug-in ÷ javac | CPU javac → plug-in (ratio) "
            + "| peak RSS javac → plug-in (ratio) | CPU empty plug-in ÷ javac "
            + "| peak RSS empty plug-in ÷ javac | CPU plug-in ÷ empty plug-in "
            + "| CPU plug-in ÷ processor | peak RSS plug-in ÷ processor |\n"
            + "|---|---|---|---|---|---|---|---|---|---|\n");
    for (SizeResult r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.3f | %s → %s (%.3f) | %s → %s (%.3f) | %.3f | %.3f | %.3f | %.3f"
                  + " | %.3f |\n",
              r.size().name(),
              seconds(Stats.median(r.plugin(), Measurement::wallMillis)),
              Stats.pairedRatio(r.without(), r.plugin(), Measurement::wallMillis),
              seconds(Stats.median(r.without(), Measurement::cpuMillis)),
              seconds(Stats.median(r.plugin(), Measurement::cpuMillis)),
              Stats.pairedRatio(r.without(), r.plugin(), Measurement::cpuMillis),
              mib(Stats.median(r.without(), m -> m.peakRssKb())),
              mib(Stats.median(r.plugin(), m -> m.peakRssKb())),
              Stats.pairedRatio(r.without(), r.plugin(), m -> m.peakRssKb()),
              Stats.pairedRatio(r.without(), r.emptyPlugin(), Measurement::cpuMillis),
              Stats.pairedRatio(r.without(), r.emptyPlugin(), m -> m.peakRssKb()),
              Stats.pairedRatio(r.emptyPlugin(), r.plugin(), Measurement::cpuMillis),
              Stats.pairedRatio(r.with(), r.plugin(), Measurement::cpuMillis),
              Stats.pairedRatio(r.with(), r.plugin(), m -> m.peakRssKb())));
    }
  }

  private static void ratios(
      StringBuilder out,
      List<SizeResult> results,
      String what,
      ToDoubleFunction<Measurement> measure) {
    out.append("\n").append(what).append(", paired ratios: ");
    for (SizeResult r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "%s CK ÷ javac %.3f, empty ÷ javac %.3f, CK ÷ "
                  + "empty %.3f (medians %.0f, %.0f, %.0f); ",
              r.size().name(),
              Stats.pairedRatio(r.without(), r.with(), measure),
              Stats.pairedRatio(r.without(), r.empty(), measure),
              Stats.pairedRatio(r.empty(), r.with(), measure),
              Stats.median(r.without(), measure),
              Stats.median(r.empty(), measure),
              Stats.median(r.with(), measure)));
    }
    out.append("\n");
  }

  private static void csv(StringBuilder out, String size, String variant, List<Measurement> ms) {
    for (int i = 0; i < ms.size(); i++) {
      Measurement m = ms.get(i);
      out.append(
          String.format(
              Locale.ROOT,
              "%s,%d,%s,%.0f,%.0f,%d%n",
              size,
              i + 1,
              variant,
              m.wallMillis(),
              m.cpuMillis(),
              m.peakRssKb()));
    }
  }

  private static String seconds(double millis) {
    return millis < 0 || Double.isNaN(millis)
        ? "n/a"
        : String.format(Locale.ROOT, "%.2f s", millis / 1000);
  }

  private static String mib(double kb) {
    return kb < 0 || Double.isNaN(kb) ? "n/a" : String.format(Locale.ROOT, "%.0f MiB", kb / 1024);
  }
}
