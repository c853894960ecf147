package dev.connectorkit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics of the JAX-RS reading, pinned to message id, file and line. */
class JaxRsDiagnosticsTest {

  @Test
  void customVerbIsAnError() {
    Sources sources = sources("jaxrs-http-method-not-supported");
    Compilation compilation = sources.compile();
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[Connector/HttpMethodNotSupported] HTTP method PURGE")
        .inFile(sources.file("CacheResource.java"))
        .onLineContaining("public void purgeEntry(");
    assertThat(compilation).hadErrorCount(1);
    assertThat(wroteNotes(compilation)).isEmpty();
  }

  @Test
  void responseWithoutApiResponseIsAWarning() {
    Sources sources = sources("jaxrs-untyped-response");
    Compilation compilation = sources.compile();
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[Connector/UntypedResponse] archiveRecord returns" + " jakarta.ws.rs.core.Response")
        .inFile(sources.file("RecordResource.java"))
        .onLineContaining("public Response archiveRecord(");
    // @ApiResponse on restoreRecord and @SuppressWarnings on purgeRecord: no other warning.
    assertThat(compilation).hadWarningCount(1);
    assertThat(wroteNotes(compilation)).hasSize(1);
  }

  /** The processor's "wrote ..." notes: one per connector it wrote files for. */
  private static List<String> wroteNotes(Compilation compilation) {
    return compilation.notes().stream()
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith("ConnectorKit wrote"))
        .toList();
  }

  /** The case's sources as file objects, kept so that diagnostics can be matched to them. */
  private record Sources(List<Path> paths, List<JavaFileObject> objects) {
    Compilation compile() {
      return javac()
          .withProcessors(new ConnectorProcessor())
          .withOptions("-Aconnectorkit.certification=off")
          .compile(objects);
    }

    JavaFileObject file(String fileName) {
      for (int i = 0; i < paths.size(); i++) {
        if (paths.get(i).getFileName().toString().equals(fileName)) {
          return objects.get(i);
        }
      }
      throw new IllegalArgumentException("No source " + fileName);
    }
  }

  private static Sources sources(String caseName) {
    List<Path> paths =
        Compilations.sources(Compilations.RESOURCES.resolve("bad").resolve(caseName));
    List<JavaFileObject> objects = new ArrayList<>();
    paths.forEach(p -> objects.add(Compilations.fileObject(p)));
    return new Sources(paths, objects);
  }
}
