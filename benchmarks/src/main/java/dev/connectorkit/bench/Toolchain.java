package dev.connectorkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The javac of the running JDK, the class path the generated API compiles against and the
 * processor path, as the build's {@code build-classpath} listed them.
 *
 * @param apiClassPath jakarta.ws.rs-api and the ConnectorKit annotations
 * @param processorPath the processor and its dependencies
 */
record Toolchain(String apiClassPath, String processorPath) {
  /** The class paths listed under {@code target/classpath} of the benchmarks module. */
  static Toolchain fromTarget(Path target) throws IOException {
    Path dir = target.resolve("classpath");
    return new Toolchain(Files.readString(dir.resolve("api.txt")).strip(),
        Files.readString(dir.resolve("processor.txt")).strip());
  }

  /** The javac command that compiles the argument file's sources into {@code out}. */
  List<String> javac(boolean processor, Path out, Path argFile, List<String> extra) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(extra);
    command.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-cp", apiClassPath,
        "-d", out.toString()));
    if (processor) {
      command.addAll(List.of("-processorpath", processorPath));
    } else {
      command.add("-proc:none");
    }
    command.add("@" + argFile);
    return command;
  }
}
