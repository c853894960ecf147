package dev.connectorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Types that cannot be described as connector schemas: each is reported as {@code
 * [Connector/TypeNotDescribable]} at the element that uses it, with the reason, and compilation
 * fails. Also property diagnostics of model types, reported once at the record component.
 */
class TypeDiagnosticsTest {
  private static final String ID = "[Connector/TypeNotDescribable]";

  /** One compiled {@code bad/} case and the file objects given to javac, by simple file name. */
  private record Case(Compilation compilation, Map<String, JavaFileObject> files) {
    static Case compile(String name) {
      Path dir = Compilations.RESOURCES.resolve("bad").resolve(name);
      Map<String, JavaFileObject> files = new LinkedHashMap<>();
      for (Path source : Compilations.sources(dir)) {
        files.put(source.getFileName().toString(), Compilations.fileObject(source));
      }
      Compilation compilation =
          javac().withProcessors(new ConnectorProcessor()).compile(List.copyOf(files.values()));
      // compile-testing offers no generated files after a failure: the processor wrote none
      // that javac kept, and the connector is not written while errors exist.
      assertThat(compilation).failed();
      return new Case(compilation, files);
    }

    JavaFileObject file(String name) {
      return files.get(name);
    }
  }

  @Test
  void classWithoutProperties() {
    Case c = Case.compile("no_properties");
    assertThat(c.compilation())
        .hadErrorContaining(ID + " Type com.example.bad.Empty")
        .inFile(c.file("EmptyResource.java"))
        .onLineContaining("public Empty getEmpty()");
    assertThat(c.compilation()).hadErrorContaining("Jackson finds no properties in it");
    assertEquals(1, c.compilation().errors().size());
  }

  @Test
  void threadProperty() {
    Case c = Case.compile("jdk_types");
    assertThat(c.compilation())
        .hadErrorContaining(ID + " Type java.lang.Thread")
        .inFile(c.file("Job.java"))
        .onLineContaining("public Thread worker;");
  }

  @Test
  void threadResponse() {
    Case c = Case.compile("jdk_types");
    assertThat(c.compilation())
        .hadErrorContaining("it is a JDK type with no JSON form")
        .inFile(c.file("JobResource.java"))
        .onLineContaining("public Thread currentThread()");
  }

  @Test
  void classProperty() {
    Case c = Case.compile("jdk_types");
    assertThat(c.compilation())
        .hadErrorContaining(ID + " Type java.lang.Class<?>")
        .inFile(c.file("Job.java"))
        .onLineContaining("public Class<?> kind;");
    assertThat(c.compilation()).hadErrorContaining("Jackson writes a Class as a Java class name");
    assertEquals(3, c.compilation().errors().size());
  }

  @Test
  void enumWithComputedJsonValue() {
    Case c = Case.compile("enum_json_value");
    assertThat(c.compilation())
        .hadErrorContaining(ID + " Type com.example.bad.Mode")
        .inFile(c.file("Settings.java"))
        .onLineContaining("Mode mode");
    assertThat(c.compilation())
        .hadErrorContaining("the @JsonValue lowerCase of enum Mode cannot be computed");
    assertEquals(1, c.compilation().errors().size());
  }

  @Test
  void conflictingVisibilityOnRecordComponentReportedOnce() {
    Case c = Case.compile("conflicting_visibility");
    assertThat(c.compilation())
        .hadErrorContaining("[Connector/ConflictingVisibility] code")
        .inFile(c.file("Coupon.java"))
        .onLineContaining("@Important @Advanced String code");
    assertEquals(1, c.compilation().errors().size());
  }

  @Test
  void wrapperObjectTypeInfo() {
    Case c = Case.compile("jackson_shapes");
    assertThat(c.compilation())
        .hadErrorContaining(ID + " Type com.example.bad.Animal")
        .inFile(c.file("ShapesResource.java"))
        .onLineContaining("public Animal animal()");
    assertThat(c.compilation()).hadErrorContaining("@JsonTypeInfo(include = WRAPPER_OBJECT)");
  }

  @Test
  void arrayShapedClass() {
    Case c = Case.compile("jackson_shapes");
    assertThat(c.compilation())
        .hadErrorContaining(ID + " Type com.example.bad.Point")
        .inFile(c.file("ShapesResource.java"))
        .onLineContaining("public Point point()");
    assertThat(c.compilation()).hadErrorContaining("@JsonFormat(shape = ARRAY)");
  }

  @Test
  void customNamingStrategy() {
    Case c = Case.compile("jackson_shapes");
    assertThat(c.compilation())
        .hadErrorContaining(ID + " Type com.example.bad.CustomNaming")
        .inFile(c.file("ShapesResource.java"))
        .onLineContaining("public CustomNaming naming()");
    assertThat(c.compilation()).hadErrorContaining("@JsonNaming(Shouting.class)");
    assertEquals(3, c.compilation().errors().size());
  }
}
