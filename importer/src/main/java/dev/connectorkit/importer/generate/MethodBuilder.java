package dev.connectorkit.importer.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import dev.connectorkit.importer.model.ImportedConnector;
import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Parameter;
import dev.connectorkit.importer.model.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * One resource method: the HTTP method, path, media types, the Power Platform annotations, the
 * parameters with their JAX-RS annotations, the responses, Javadoc from the descriptions, and a
 * body the user fills in.
 */
final class MethodBuilder {
  private static final String RS = "jakarta.ws.rs";
  private static final Map<String, String> PARAMS =
      Map.of(
          "path",
          "PathParam",
          "query",
          "QueryParam",
          "header",
          "HeaderParam",
          "formData",
          "FormParam");

  private final ImportedConnector connector;
  private final ModelTypes types;
  private final ValueAnnotations values;
  private final OperationAnnotations operations;
  private final ResponseAnnotations responses;
  private final WebhookAnnotations webhooks;
  private final Calls calls;
  private final OperationNames names;
  private final Problems problems;
  private final Map<String, AnnotationSpec> testConnection;

  MethodBuilder(
      ImportedConnector connector,
      ModelTypes types,
      ValueAnnotations values,
      OperationNames names,
      Calls calls,
      Problems problems,
      Map<String, AnnotationSpec> testConnection) {
    this.testConnection = testConnection;
    this.connector = connector;
    this.types = types;
    this.values = values;
    this.names = names;
    this.calls = calls;
    this.problems = problems;
    this.operations = new OperationAnnotations(problems, names, calls);
    this.responses = new ResponseAnnotations(types, values, problems);
    this.webhooks = new WebhookAnnotations(connector, types, names, problems, calls);
  }

  /** The method; {@code subPath} is the path below the class's {@code @Path}, or empty. */
  MethodSpec build(Operation op, String methodName, String subPath, List<AnnotationSpec> tags) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(methodName).addModifiers(Modifier.PUBLIC);
    m.addAnnotation(ClassName.get(RS, op.method().toUpperCase(Locale.ROOT)));
    if (!subPath.isEmpty()) {
      m.addAnnotation(Annotations.of(ClassName.get(RS, "Path"), subPath));
    }
    List<String> explicit = mediaTypes(op, m);
    List<AnnotationSpec> annotations = new ArrayList<>(operations.of(op, explicit));
    annotations.addAll(webhooks.of(op));
    if (op.operationId() != null && testConnection.containsKey(op.operationId())) {
      annotations.add(testConnection.get(op.operationId()));
    }
    annotations.addAll(tags);
    String hint = JavaNames.upperCamel(names.id(op), "Operation");
    ResponseAnnotations.Result result = responses.of(op, hint + "Response");
    annotations.addAll(result.annotations());
    m.addAnnotations(Annotations.merged(annotations));
    m.returns(result.returnType());
    // Javadoc's main text becomes the description, so there is none without one.
    StringBuilder javadoc = new StringBuilder();
    if (op.description() != null && !op.description().isBlank()) {
      javadoc.append(Docs.safe(op.description())).append('\n');
    } else if (op.description() != null) {
      problems.warn(
          Problems.SWAGGER, op.pointer() + "/description", "an empty description is" + " left out");
    }
    JavaNames.Scope scope = new JavaNames.Scope();
    List<Parameter> accepted = AcceptedParameters.of(op, problems);
    Parameter body = accepted.stream().filter(Parameter::isBody).findFirst().orElse(null);
    String bodyName = body == null ? null : bodyName(body, op);
    if (bodyName != null) {
      scope.reserve(bodyName);
    }
    List<String> params = new ArrayList<>();
    for (Parameter p : accepted) {
      String name = p.isBody() ? bodyName : scope.claim(JavaNames.lowerCamel(p.name(), "value"));
      ParameterSpec.Builder spec =
          p.isBody() ? body(p, op, name, hint) : parameter(p, op, name, hint);
      // The processor refuses an internal required parameter without default, as Power
      // Platform's validator does; the visibility is then written raw, which it does not check.
      boolean refused =
          "internal".equals(p.visibility())
              && !p.isBody()
              && (p.in().equals("path") || Boolean.TRUE.equals(p.required()))
              && p.schema().defaultValue() == null;
      ValueAnnotations.Display d =
          values.display(
              p.description(), p.summary(), refused ? null : p.visibility(), p.pointer());
      if (refused) {
        spec.addAnnotation(
            ValueAnnotations.raw(
                "x-ms-visibility",
                com.fasterxml.jackson.databind.node.TextNode.valueOf("internal")));
        problems.warn(
            Problems.SWAGGER,
            p.pointer(),
            "an internal required parameter needs a"
                + " default, and the processor refuses one without; its visibility is written raw");
      }
      d.annotations().forEach(spec::addAnnotation);
      if (d.javadoc() != null) {
        params.add("@param " + name + " " + d.javadoc());
      }
      m.addParameter(Annotations.merged(spec.build()));
    }
    if (!javadoc.isEmpty() || !params.isEmpty()) {
      m.addJavadoc(
          "$L",
          javadoc
              + (javadoc.isEmpty() || params.isEmpty() ? "" : "\n")
              + String.join("\n", params)
              + (params.isEmpty() ? "" : "\n"));
    }
    m.addComment("TODO: call the service behind $L", names.id(op));
    m.addStatement("throw new $T($S)", UnsupportedOperationException.class, "not implemented");
    return m.build();
  }

  /** The media type annotations; returns the {@code @Explicit} keys they need. */
  private List<String> mediaTypes(Operation op, MethodSpec.Builder m) {
    List<String> rootConsumes = connector.consumes() == null ? List.of() : connector.consumes();
    List<String> rootProduces = connector.produces() == null ? List.of() : connector.produces();
    boolean sends = op.parameters().stream().anyMatch(p -> p.isBody() || p.in().equals("formData"));
    boolean form = op.parameters().stream().anyMatch(p -> p.in().equals("formData"));
    List<String> explicit = new ArrayList<>();
    List<String> consumes = op.consumes();
    if (consumes != null && !consumes.isEmpty()) {
      m.addAnnotation(mediaTypes("Consumes", consumes));
      if (consumes.equals(rootConsumes) || !sends) {
        explicit.add("CONSUMES");
      }
    } else if (form && !rootConsumes.isEmpty()) {
      // Keeps the processor from deriving multipart/form-data for the form.
      m.addAnnotation(mediaTypes("Consumes", rootConsumes));
    }
    List<String> produces = op.produces();
    if (produces != null && !produces.isEmpty()) {
      m.addAnnotation(mediaTypes("Produces", produces));
      if (produces.equals(rootProduces)) {
        explicit.add("PRODUCES");
      }
    }
    for (String key : List.of("consumes", "produces")) {
      List<String> types = key.equals("consumes") ? consumes : produces;
      List<String> root = key.equals("consumes") ? rootConsumes : rootProduces;
      if (types != null && types.isEmpty() && root.isEmpty()) {
        // The connector's list is empty too: @Explicit repeats it, which writes [].
        explicit.add(key.toUpperCase(Locale.ROOT));
      } else if (types != null && types.isEmpty()) {
        problems.warn(
            Problems.SWAGGER,
            op.pointer() + "/" + key,
            "an empty list is left out:" + " the operation takes the connector's");
      }
    }
    return explicit;
  }

  private static AnnotationSpec mediaTypes(String annotation, List<String> types) {
    AnnotationSpec.Builder b = AnnotationSpec.builder(ClassName.get(RS, annotation));
    Annotations.strings(b, "value", types);
    return b.build();
  }

  /** The body's Java name: the original name, which the processor writes, when it is one. */
  private String bodyName(Parameter body, Operation op) {
    if (JavaNames.isIdentifier(body.name())) {
      return body.name();
    }
    String name = JavaNames.lowerCamel(body.name(), "body");
    problems.warn(
        Problems.SWAGGER,
        body.pointer() + "/name",
        "the processor names a body after"
            + " its Java parameter, and \""
            + body.name()
            + "\" is not a Java name; imported as "
            + name);
    return name;
  }

  private ParameterSpec.Builder body(Parameter p, Operation op, String name, String hint) {
    JavaType t = types.map(p.schema(), hint + "Request", ModelTypes.Use.BODY);
    ParameterSpec.Builder spec = ParameterSpec.builder(t.type(), name);
    t.annotations().forEach(spec::addAnnotation);
    if (t.inline()) {
      spec.addAnnotation(AnnotationSpec.builder(Annotations.ck("Inline")).build());
    }
    // A body is required unless it says otherwise; a missing "required" means false.
    if (!Boolean.TRUE.equals(p.required())) {
      spec.addAnnotation(
          AnnotationSpec.builder(Annotations.ck("Required")).addMember("value", "false").build());
    }
    if (p.required() == null) {
      spec.addAnnotation(Annotations.keys("Omit", List.of("REQUIRED")));
    }
    if (p.shared() != null) {
      spec.addAnnotation(Annotations.of(Annotations.ck("Shared"), p.shared()));
    }
    var s = p.schema();
    if (s != null && !ModelTypes.ownsFacts(s) && !t.wrapper()) {
      if (s.title() != null) {
        spec.addAnnotation(Annotations.of(Annotations.ck("Title"), s.title()));
      }
      if (s.example() != null) {
        spec.addAnnotation(ValueAnnotations.example(s.example()));
      }
      List<AnnotationSpec> more = new ArrayList<>();
      values.constraints(s, more);
      values.extensions(
          s.extensions(),
          s.pointer(),
          ValueAnnotations.Target.BODY,
          calls.forParameter(p, op),
          more);
      more.forEach(spec::addAnnotation);
    }
    if (!p.extensions().isEmpty()) {
      problems.warn(
          Problems.SWAGGER,
          p.pointer(),
          "the x- keys of a body parameter itself (not"
              + " of its schema) have no annotation; they are left out: "
              + p.extensions().keySet());
    }
    return spec;
  }

  private ParameterSpec.Builder parameter(Parameter p, Operation op, String name, String hint) {
    JavaType t =
        types.map(
            p.schema(), hint + JavaNames.upperCamel(p.name(), "Value"), ModelTypes.Use.PARAMETER);
    ParameterSpec.Builder spec = ParameterSpec.builder(t.type(), name);
    spec.addAnnotation(Annotations.of(ClassName.get(RS, PARAMS.get(p.in())), p.name()));
    new ParameterFacts(values, problems).add(p, op, t, spec, calls.forParameter(p, op));
    return spec;
  }
}
