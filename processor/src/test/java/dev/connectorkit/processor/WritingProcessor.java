package dev.connectorkit.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Stands in for another processor of the build that writes a class-output resource first. */
final class WritingProcessor extends AbstractProcessor {
  private final String path;
  private boolean written;

  WritingProcessor(String path) {
    this.path = path;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!written) {
      written = true;
      try {
        FileObject file =
            processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path);
        try (OutputStream out = file.openOutputStream()) {
          out.write("{}\n".getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
