package dev.connectorkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Times swagger-core's Maven plugin ({@code swagger-maven-plugin-jakarta}, goal {@code resolve}) on
 * the same API without ConnectorKit annotations, in a generated Maven project whose classes javac
 * compiled beforehand, paired with Maven's own start-up ({@code validate}).
 */
final class PeerBench {
  private static final String GROUP = "io.swagger.core.v3";
  private static final String ARTIFACT = "swagger-maven-plugin-jakarta";

  private final Path dir;
  private final ApiSize size;
  private final Toolchain tools;
  private final String mvn;
  private final ProcessTimer timer;
  private final PrintStream log;
  private final Properties versions = new Properties();

  PeerBench(Path work, ApiSize size, Toolchain tools, String mvn, PrintStream log)
      throws IOException {
    this.dir = work.resolve(size.name() + "-swagger-core");
    this.size = size;
    this.tools = tools;
    this.mvn = mvn;
    this.timer = new ProcessTimer(dir.resolve("timer"));
    this.log = log;
    try (InputStream in = PeerBench.class.getResourceAsStream("versions.properties")) {
      versions.load(in);
    }
  }

  /** The plugin's version, pinned in the root pom. */
  String pluginVersion() {
    return versions.getProperty("swagger-maven-plugin");
  }

  /** Writes and compiles the project, then runs {@code warmup} and {@code runs} measured pairs. */
  PeerResult run(int warmup, int runs) throws Exception {
    prepare();
    List<String> resolve =
        List.of(mvn, "-B", "-q", "-o", GROUP + ":" + ARTIFACT + ":" + pluginVersion() + ":resolve");
    List<String> startup = List.of(mvn, "-B", "-q", "-o", "validate");
    // The first call is online so that Maven can fetch the plugin into the local repository; it
    // also warms the file cache, as a warm-up run would.
    timer.run(
        List.of(
            mvn,
            "-B",
            "-q",
            "validate",
            GROUP + ":" + ARTIFACT + ":" + pluginVersion() + ":resolve"),
        dir);
    for (int i = 0; i < warmup; i++) {
      timer.run(resolve, dir);
    }
    List<Measurement> resolved = new ArrayList<>();
    List<Measurement> started = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Files.deleteIfExists(output());
      resolved.add(timer.run(resolve, dir));
      started.add(timer.run(startup, dir));
      if (!Files.isRegularFile(output())) {
        throw new IOException("swagger-core wrote no " + output());
      }
      log.printf(
          "  swagger-core resolve %.0f ms (Maven start-up %.0f ms)%n",
          resolved.get(i).wallMillis(), started.get(i).wallMillis());
    }
    return new PeerResult(size, resolved, started, operations());
  }

  private void prepare() throws Exception {
    SwaggerCheck.delete(dir);
    List<Path> sources = new ApiGenerator(size, false).writeTo(dir.resolve("src/main/java"));
    JavacBench.writeArgFile(dir.resolve("sources.txt"), sources);
    Path classes = dir.resolve("target/classes");
    Files.createDirectories(classes);
    timer.run(tools.javac(Variant.PLAIN, classes, dir.resolve("sources.txt"), List.of()), dir);
    Files.writeString(dir.resolve("pom.xml"), pom(), StandardCharsets.UTF_8);
  }

  private Path output() {
    return dir.resolve("target/openapi/openapi.json");
  }

  private int operations() throws IOException {
    JsonNode paths = new ObjectMapper().readTree(output().toFile()).path("paths");
    int count = 0;
    for (JsonNode path : (Iterable<JsonNode>) paths::elements) {
      for (String key : (Iterable<String>) path::fieldNames) {
        count +=
            List.of("get", "put", "post", "delete", "patch", "head", "options").contains(key)
                ? 1
                : 0;
      }
    }
    return count;
  }

  private String pom() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>bench</groupId>
          <artifactId>bench-swagger-core</artifactId>
          <version>1</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
            <dependency>
              <groupId>jakarta.ws.rs</groupId>
              <artifactId>jakarta.ws.rs-api</artifactId>
              <version>%s</version>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>%s</groupId>
                <artifactId>%s</artifactId>
                <version>%s</version>
                <configuration>
                  <outputFileName>openapi</outputFileName>
                  <outputPath>${project.build.directory}/openapi</outputPath>
                  <outputFormat>JSON</outputFormat>
                  <prettyPrint>true</prettyPrint>
                  <resourcePackages>
                    <package>%s</package>
                  </resourcePackages>
                </configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """
        .formatted(
            versions.getProperty("jakarta.ws.rs-api"),
            GROUP,
            ARTIFACT,
            pluginVersion(),
            ApiNames.RESOURCES);
  }
}
