package dev.connectorkit.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The javac of the running JDK, the class path the generated API compiles against and the processor
 * path, as the build's {@code build-classpath} listed them.
 *
 * @param apiClassPath jakarta.ws.rs-api and the ConnectorKit annotations
 * @param processorPath the processor and its dependencies
 * @param benchClasses this module's classes, which hold {@link EmptyProcessor} and {@link
 *     EmptyPlugin}
 * @param emptyPluginPath those classes and the registration of {@link EmptyPlugin}
 */
record Toolchain(
    String apiClassPath, String processorPath, String benchClasses, String emptyPluginPath) {
  /**
   * The class paths listed under {@code target/classpath} of the benchmarks module. The empty
   * plug-in is registered in a folder of its own ({@code target/empty-plugin}): a registration
   * among the module's resources would make javac look for it while compiling the module itself.
   */
  static Toolchain fromTarget(Path target) throws IOException {
    Path dir = target.resolve("classpath");
    Path classes = target.resolve("classes").toAbsolutePath();
    Path registration = target.resolve("empty-plugin").toAbsolutePath();
    Path services = registration.resolve("META-INF/services/com.sun.source.util.Plugin");
    Files.createDirectories(services.getParent());
    Files.writeString(services, EmptyPlugin.class.getName() + "\n");
    return new Toolchain(
        Files.readString(dir.resolve("api.txt")).strip(),
        Files.readString(dir.resolve("processor.txt")).strip(),
        classes.toString(),
        classes + File.pathSeparator + registration);
  }

  /** The javac command that compiles the argument file's sources into {@code out}. */
  List<String> javac(Variant variant, Path out, Path argFile, List<String> extra) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(extra);
    command.addAll(
        List.of(
            "--release", "17", "-encoding", "UTF-8", "-cp", apiClassPath, "-d", out.toString()));
    switch (variant) {
      case PLAIN -> command.add("-proc:none");
      case EMPTY ->
          command.addAll(
              List.of(
                  "-processorpath", benchClasses, "-processor", EmptyProcessor.class.getName()));
      case EMPTY_PLUGIN ->
          command.addAll(
              List.of(
                  "-proc:none", "-processorpath", emptyPluginPath, "-Xplugin:" + EmptyPlugin.NAME));
      // Found through META-INF/services, as Maven's annotationProcessorPaths finds it.
      case CONNECTORKIT -> command.addAll(List.of("-processorpath", processorPath));
      // The plug-in is found through META-INF/services on the processor path, too.
      case PLUGIN ->
          command.addAll(
              List.of(
                  "-proc:none",
                  "-processorpath",
                  processorPath,
                  "-Xplugin:ConnectorKit out=" + out.toAbsolutePath()));
    }
    command.add("@" + argFile);
    return command;
  }
}
