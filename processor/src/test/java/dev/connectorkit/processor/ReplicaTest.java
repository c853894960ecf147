package dev.connectorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every replica of a reference connector compiles without errors and writes both files, with
 * operations, in the default build (the comparison with the originals is {@link
 * ReferenceReplicaIT}, which needs the reference folder).
 */
class ReplicaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<String> replicas() {
    return Replicas.names().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("replicas")
  void compilesAndWritesBothFiles(String name) throws Exception {
    Compilation compilation = Replicas.compile(name);
    assertThat(compilation).succeeded();
    Map<String, byte[]> files = Replicas.files(compilation);
    assertFalse(
        MAPPER.readTree(files.get(Replicas.SWAGGER)).path("paths").isEmpty(), "no operations");
    assertTrue(
        MAPPER.readTree(files.get(Replicas.PROPERTIES)).path("properties").isObject(),
        "apiProperties.json has no properties");
    SwaggerSchema.assertValid(name, files.get(Replicas.SWAGGER));
  }
}
