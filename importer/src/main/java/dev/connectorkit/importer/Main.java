package dev.connectorkit.importer;

import dev.connectorkit.importer.compare.Comparison;
import dev.connectorkit.importer.compare.Difference;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.roundtrip.RoundTrip;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The command line: imports a connector folder into annotated Java sources, or runs the round trip
 * (import, compile with the processor, compare) for one folder.
 *
 * <pre>
 * java -jar connectorkit-importer.jar &lt;connectorDir&gt; --out &lt;sourceDir&gt; [--package p]
 * java -jar connectorkit-importer.jar &lt;connectorDir&gt; --round-trip [--package p] [--out dir]
 * </pre>
 */
public final class Main {
  /** Exit code: imported, or both files came back at least equivalent. */
  public static final int OK = 0;

  /** Exit code: the round trip ran, and a file differs from its original. */
  public static final int DIFFERENT = 1;

  /** Exit code: bad arguments or input; nothing was written. */
  public static final int BAD_INPUT = 2;

  /** Exit code: the imported sources did not compile with the processor. */
  public static final int NOT_COMPILED = 3;

  private static final String USAGE =
      String.join(
          "\n",
          "usage: java -jar connectorkit-importer.jar <connectorDir> --out <sourceDir>"
              + " [--package <javaPackage>]",
          "       java -jar connectorkit-importer.jar <connectorDir> --round-trip"
              + " [--package <javaPackage>] [--out <sourceDir>]",
          "<connectorDir> holds apiDefinition.swagger.json and apiProperties.json.");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command and returns its exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String folder = null;
    String target = null;
    String pkg = null;
    boolean roundTrip = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--out", "--package" -> {
          if (i + 1 >= args.length) {
            return usage(err, a + " needs a value");
          }
          if (a.equals("--out")) {
            target = args[++i];
          } else {
            pkg = args[++i];
          }
        }
        case "--round-trip" -> roundTrip = true;
        case "-h", "--help" -> {
          out.println(USAGE);
          return OK;
        }
        default -> {
          if (a.startsWith("--") || folder != null) {
            return usage(err, "unexpected argument " + a);
          }
          folder = a;
        }
      }
    }
    if (folder == null || (target == null && !roundTrip)) {
      return usage(err, folder == null ? "no connector folder" : "no --out folder");
    }
    if (pkg != null && !Importer.isPackage(pkg)) {
      return usage(err, "\"" + pkg + "\" is not a Java package name");
    }
    try {
      return roundTrip
          ? roundTrip(Path.of(folder), pkg, target == null ? null : Path.of(target), out, err)
          : importOnly(Path.of(folder), Path.of(target), pkg, out, err);
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  private static int importOnly(
      Path folder, Path target, String pkg, PrintStream out, PrintStream err) {
    Importer.Result r = Importer.run(folder, target, pkg);
    Importer.lines(r.problems()).forEach(err::println);
    if (!r.ok()) {
      err.println("Nothing was written.");
      return BAD_INPUT;
    }
    out.println(
        "Imported "
            + folder
            + " into "
            + target
            + " (package "
            + r.packageName()
            + "): "
            + r.written().size()
            + " files, "
            + r.problems().all().size()
            + " warnings.");
    return OK;
  }

  private static int roundTrip(Path folder, String pkg, Path keep, PrintStream out, PrintStream err)
      throws IOException {
    RoundTrip.Result r = RoundTrip.run(folder, pkg, keep);
    Importer.lines(r.imported().problems()).forEach(err::println);
    if (!r.imported().ok()) {
      err.println("Nothing was written.");
      return BAD_INPUT;
    }
    if (r.compiled() == null || !r.compiled().success()) {
      err.println("The imported sources did not compile with the processor:");
      if (r.compiled() != null) {
        r.compiled().errors().forEach(e -> err.println("  " + e));
      }
      return NOT_COMPILED;
    }
    r.compiled().warnings().forEach(w -> err.println("javac warning: " + w));
    print(out, Problems.SWAGGER, r.swagger());
    print(out, Problems.PROPERTIES, r.properties());
    return r.ok() ? OK : DIFFERENT;
  }

  private static void print(PrintStream out, String file, Comparison c) {
    out.println(file + ": " + c.summary());
    for (Difference d : c.differences()) {
      out.println("  " + d.format());
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println("error: " + problem);
    err.println(USAGE);
    return BAD_INPUT;
  }
}
