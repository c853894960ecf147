package dev.connectorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One negative test per diagnostic: compiles a case under {@code bad/} and pins the message id, the
 * file and the line it is reported on; and checks that a connector with errors is not written while
 * the others are.
 */
class DiagnosticsTest {
  private static final String CONNECTOR = "com/acme/AcmeConnector.java";
  private static final String RESOURCE = "com/acme/TicketResource.java";
  private static final Set<String> ACME_TICKETS =
      Set.of("AcmeTickets/apiDefinition.swagger.json", "AcmeTickets/apiProperties.json");

  @Test
  void connectorIdNotValid() {
    Case c = Case.compile("connector-id");
    c.error("ConnectorIdNotValid", CONNECTOR, "id = \"Acme Tickets!\"");
    assertThat(c.compilation).hadErrorCount(1);
    assertEquals(Set.of(), c.written());
  }

  @Test
  void duplicateConnectorId() {
    Case c = Case.compile("duplicate-connector-id");
    c.error("DuplicateConnectorId", "com/acme/b/BConnector.java", "id = \"Acme\"");
    assertThat(c.compilation).hadErrorCount(1);
    // The first connector to take the id keeps it; the one reported is not written.
    assertEquals(Set.of("Acme/apiDefinition.swagger.json", "Acme/apiProperties.json"), c.written());
    assertTrue(c.text("Acme/apiDefinition.swagger.json").contains("\"title\": \"Acme Tickets\""));
  }

  @Test
  void resourceListedByTwoConnectors() {
    Case c = Case.compile("claimed-twice-listed");
    c.error("ResourceClaimedTwice", "com/acme/BConnector.java", "SharedResource.class");
    assertThat(c.compilation).hadErrorCount(1);
    assertEquals(ACME_TICKETS, c.written());
  }

  @Test
  void twoConnectorsInOnePackage() {
    Case c = Case.compile("claimed-twice-package");
    c.error("ResourceClaimedTwice", "com/acme/BConnector.java", "@Connector(");
    assertThat(c.compilation).hadErrorCount(1);
    assertEquals(ACME_TICKETS, c.written());
  }

  @Test
  void listedResourceWithoutPath() {
    Case c = Case.compile("resource-without-path");
    c.error("ResourceWithoutPath", CONNECTOR, "Ticket.class");
    assertThat(c.compilation).hadErrorCount(1);
    assertEquals(Set.of(), c.written());
  }

  @Test
  void hostWithScheme() {
    Case c = Case.compile("host-scheme");
    c.error("HostNotValid", CONNECTOR, "host = \"https://tickets.acme.com\"");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void hostWithPath() {
    Case c = Case.compile("host-path");
    c.error("HostNotValid", CONNECTOR, "host = \"tickets.acme.com/api\"");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void basePathWithoutSlash() {
    Case c = Case.compile("base-path");
    c.error("BasePathNotValid", CONNECTOR, "basePath = \"api\"");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void schemeNotSupported() {
    Case c = Case.compile("scheme");
    c.error("SchemeNotValid", CONNECTOR, "\"ws\"");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void brandColorNotValid() {
    Case c = Case.compile("brand-color");
    c.error("BrandColorNotValid", CONNECTOR, "brandColor = \"green\"");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void noOperationsIsAWarning() {
    Case c = Case.compile("no-operations");
    assertThat(c.compilation).succeeded();
    assertThat(c.compilation)
        .hadWarningContaining("[Connector/NoOperations]")
        .inFile(c.file(CONNECTOR))
        .onLineContaining("@Connector(");
    assertThat(c.compilation).hadWarningCount(1);
    assertEquals(ACME_TICKETS, c.written());
  }

  @Test
  void actionAndTriggerWithoutHttpMethod() {
    Case c = Case.compile("no-http-method");
    c.error("NoHttpMethod", RESOURCE, "@Action(summary = \"Archive a ticket\")");
    c.error("NoHttpMethod", RESOURCE, "@Trigger(summary = \"When a ticket is created\")");
    // get() inherits @GET from TicketApi.get(), so its @Action is in place.
    List<String> lines = c.lines(c.compilation.errors(), RESOURCE);
    assertEquals(2, lines.size(), lines::toString);
    assertTrue(lines.stream().noneMatch(l -> l.contains("Get a ticket")), lines::toString);
    // Reported while the rounds run, before the connector's turn: still not written.
    assertEquals(Set.of(), c.written());
  }

  @Test
  void duplicateOperationId() {
    Case c = Case.compile("duplicate-operation-id");
    c.error("DuplicateOperationId", "com/acme/BResource.java", "operationId = \"GetTicket\"");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void duplicateOperationPath() {
    Case c = Case.compile("duplicate-operation-path");
    c.error("DuplicateOperationPath", RESOURCE, "public String byY(");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void pathVariableWithoutPathParam() {
    Case c = Case.compile("path-variable-without-param");
    c.error("PathVariableWithoutParam", RESOURCE, "public String get()");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void pathParamWithoutPathVariable() {
    Case c = Case.compile("path-param-not-in-path");
    c.error("PathParamNotInPath", RESOURCE, "@PathParam(\"queue\")");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void bodyOnGetHeadAndDelete() {
    Case c = Case.compile("body-not-allowed");
    c.error("BodyNotAllowed", RESOURCE, "Ticket filter");
    c.error("BodyNotAllowed", RESOURCE, "Ticket probe");
    c.warning("BodyOnDelete", RESOURCE, "Ticket doomed");
    c.error("BodyNotAllowed", RESOURCE, "@FormParam(\"text\")");
    assertThat(c.compilation).hadErrorCount(3);
    assertThat(c.compilation).hadWarningCount(1);
  }

  @Test
  void bodyAndFormParameters() {
    Case c = Case.compile("body-and-form");
    c.error("BodyAndForm", RESOURCE, "Ticket ticket)");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void twoBodies() {
    Case c = Case.compile("multiple-bodies");
    c.error("MultipleBodies", RESOURCE, "Ticket second)");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void cookieAndMatrixParameters() {
    Case c = Case.compile("unsupported-parameter");
    c.error("UnsupportedParameter", RESOURCE, "@CookieParam(\"session\")");
    c.error("UnsupportedParameter", RESOURCE, "@MatrixParam(\"view\")");
    assertThat(c.compilation).hadErrorCount(2);
  }

  @Test
  void fileOutsideMultipart() {
    Case c = Case.compile("file-not-in-form");
    c.error("FileNotInForm", RESOURCE, "@FormParam(\"file\")");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void conflictingVisibilityOnParameterAndRecordComponent() {
    Case c = Case.compile("conflicting-visibility");
    c.error("ConflictingVisibility", RESOURCE, "@Advanced");
    c.error("ConflictingVisibility", "com/acme/Ticket.java", "@Advanced");
    assertThat(c.compilation).hadErrorCount(2);
  }

  @Test
  void typeNotDescribable() {
    Case c = Case.compile("type-not-describable");
    c.error("TypeNotDescribable", RESOURCE, "Thread worker");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void subResourceLocatorCycle() {
    Case c = Case.compile("sub-resource-cycle");
    c.error("SubResourceCycle", "com/acme/CommentResource.java", "public TicketResource ticket(");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void locatorReturningObject() {
    Case c = Case.compile("locator-not-followed");
    c.error("LocatorNotFollowed", RESOURCE, "public Object anything(");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void untypedResponseWarnsUnlessSuppressed() {
    Case c = Case.compile("untyped-response");
    assertThat(c.compilation).succeeded();
    assertThat(c.compilation)
        .hadWarningContaining("[Connector/UntypedResponse]")
        .inFile(c.file(RESOURCE))
        .onLineContaining("public Response get(");
    // QueueResource suppresses it on the method, UserResource on the class.
    assertEquals(List.of(), c.lines(c.compilation.warnings(), "com/acme/QueueResource.java"));
    assertEquals(List.of(), c.lines(c.compilation.warnings(), "com/acme/UserResource.java"));
    assertThat(c.compilation).hadWarningCount(1);
    assertEquals(ACME_TICKETS, c.written());
  }

  @Test
  void responseStatusNotValid() {
    Case c = Case.compile("response-status");
    c.error("ResponseStatusNotValid", RESOURCE, "status = 999");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void responseStatusDeclaredTwice() {
    Case c = Case.compile("duplicate-response");
    c.error("DuplicateResponse", RESOURCE, "status = 204)");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void errorsAreAllReportedAndOnlyTheValidConnectorIsWritten() {
    Case c = Case.compile("mixed");
    c.error("HostNotValid", "com/acme/bad/BadConnector.java", "host = \"https://queues.acme.com\"");
    c.error("ResponseStatusNotValid", "com/acme/bad/QueueResource.java", "status = 1204");
    assertThat(c.compilation).hadErrorCount(2);
    assertEquals(ACME_TICKETS, c.written());
  }

  @Test
  void classThatDoesNotCompileIsLeftToJavac() {
    Case c = Case.compile("missing-class");
    assertThat(c.compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(c.file(CONNECTOR))
        .onLineContaining("Missing.class");
    assertThat(c.compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(c.file(RESOURCE))
        .onLineContaining("Nowhere.class");
    assertThat(c.compilation).hadErrorCount(2);
    assertEquals(Set.of(), c.written());
  }

  @Test
  void fileWrittenByAnotherProcessor() {
    Case c =
        Case.compile(
            "write-failed",
            new WritingProcessor("META-INF/connectors/AcmeTickets/apiDefinition.swagger.json"));
    c.error("WriteFailed", CONNECTOR, "@Connector(");
    assertThat(c.compilation).hadErrorCount(1);
  }

  /**
   * A compiled case under {@code bad/}, with the file objects it was compiled from; also used by
   * {@link ExtensionDiagnosticsTest}.
   */
  static final class Case {
    final Map<String, JavaFileObject> files;
    final Compilation compilation;

    private Case(Map<String, JavaFileObject> files, Compilation compilation) {
      this.files = files;
      this.compilation = compilation;
    }

    static Case compile(String name, Processor... others) {
      java.nio.file.Path dir = Compilations.RESOURCES.resolve("bad").resolve(name);
      Map<String, JavaFileObject> files = Compilations.fileObjects(dir);
      return new Case(
          files,
          Compilations.compileObjects(files.values(), List.of(others), Compilations.options(dir)));
    }

    /** Compiles a case with the given javac options instead of its own. */
    static Case compileWith(String name, String... options) {
      java.nio.file.Path dir = Compilations.RESOURCES.resolve("bad").resolve(name);
      Map<String, JavaFileObject> files = Compilations.fileObjects(dir);
      return new Case(files, Compilations.compileObjects(files.values(), options));
    }

    /** The file object of a source, by its path below the case folder. */
    JavaFileObject file(String path) {
      JavaFileObject file = files.get(path);
      if (file == null) {
        throw new IllegalArgumentException(path + " is not one of " + files.keySet());
      }
      return file;
    }

    /** Asserts an error with the tag {@code [Connector/<id>]} in the file, on that line. */
    void error(String id, String path, String lineContent) {
      assertThat(compilation)
          .hadErrorContaining("[Connector/" + id + "]")
          .inFile(file(path))
          .onLineContaining(lineContent);
    }

    /** Asserts a warning with the tag {@code [Connector/<id>]} in the file, on that line. */
    void warning(String id, String path, String lineContent) {
      assertThat(compilation)
          .hadWarningContaining("[Connector/" + id + "]")
          .inFile(file(path))
          .onLineContaining(lineContent);
    }

    /** The source lines, in one file, that the diagnostics are reported on. */
    List<String> lines(List<Diagnostic<? extends JavaFileObject>> diagnostics, String path) {
      JavaFileObject file = file(path);
      List<String> out = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        if (d.getSource() != null && d.getSource().toUri().equals(file.toUri())) {
          try {
            String[] lines = file.getCharContent(true).toString().split("\n", -1);
            out.add(lines[(int) d.getLineNumber() - 1].strip());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return out;
    }

    Set<String> written() {
      return Compilations.connectorFiles(compilation).keySet();
    }

    String text(String path) {
      return new String(Compilations.connectorFiles(compilation).get(path), StandardCharsets.UTF_8);
    }
  }
}
