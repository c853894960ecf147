package dev.connectorkit.bench;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a deterministic, realistic JAX-RS API of a given size, with ConnectorKit annotations or
 * without (for peers that read plain JAX-RS).
 */
public final class ApiGenerator {
  private final ApiSize size;
  private final boolean connectorKit;

  /** A generator of an API of {@code size}, with or without ConnectorKit annotations. */
  public ApiGenerator(ApiSize size, boolean connectorKit) {
    this.size = size;
    this.connectorKit = connectorKit;
  }

  /**
   * Writes the sources under {@code sourceRoot} (which must not hold other sources) and returns
   * their paths, sorted.
   */
  public List<Path> writeTo(Path sourceRoot) throws IOException {
    List<JavaFile> files = new ArrayList<>();
    files.add(application());
    files.addAll(new ModelWriter(size.resources(), connectorKit).all());
    ResourceWriter resources = new ResourceWriter(size.resources(), connectorKit);
    for (int r = 0; r < size.resources(); r++) {
      files.add(resources.resource(r));
    }
    List<Path> out = new ArrayList<>();
    for (JavaFile file : files) {
      out.add(file.writeToPath(sourceRoot, StandardCharsets.UTF_8));
    }
    out.sort(null);
    return out;
  }

  private JavaFile application() {
    TypeSpec.Builder app =
        TypeSpec.classBuilder("BenchApplication")
            .addModifiers(Modifier.PUBLIC)
            .superclass(ClassName.get("jakarta.ws.rs.core", "Application"))
            .addJavadoc("The benchmark's service, $L resources.\n", size.resources())
            .addAnnotation(Annotations.jaxRs("ApplicationPath", "/api"));
    if (connectorKit) {
      app.addAnnotation(
          AnnotationSpec.builder(Annotations.ck("Connector"))
              .addMember("title", "$S", "Bench Catalog")
              .addMember(
                  "description",
                  "$S",
                  "Manage the accounts, invoices, orders and other records of Bench Catalog.")
              .addMember("host", "$S", "bench.example.com")
              .addMember("basePath", "$S", "/api")
              .addMember("brandColor", "$S", "#3b7a57")
              .addMember("publisher", "$S", "Bench")
              .addMember("stackOwner", "$S", "Bench")
              .addMember(
                  "contact",
                  "$L",
                  AnnotationSpec.builder(Annotations.ck("Contact"))
                      .addMember("name", "$S", "Bench Support")
                      .addMember("url", "$S", "https://bench.example.com/support")
                      .addMember("email", "$S", "support@bench.example.com")
                      .build())
              .addMember("website", "$S", "https://bench.example.com")
              .addMember("privacyPolicy", "$S", "https://bench.example.com/privacy")
              .addMember("categories", "$T.PRODUCTIVITY", Annotations.ck("Category"))
              .build());
    }
    return ModelWriter.file(app.build());
  }

  /**
   * Writes the sources of {@code args[0]} (a size) into {@code args[1]}; {@code --plain} drops the
   * ConnectorKit annotations.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ApiGenerator <small|medium|large|name:resources> <dir> [--plain]");
      System.exit(2);
    }
    boolean plain = args.length > 2 && args[2].equals("--plain");
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    List<Path> files = new ApiGenerator(ApiSize.of(args[0]), !plain).writeTo(dir);
    System.out.println("Wrote " + files.size() + " files under " + dir);
  }
}
