package dev.connectorkit.importer.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.model.Response;
import dev.connectorkit.importer.model.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The responses of an operation as a method's return type and {@code @ApiResponse}s: the first
 * success response with a body becomes the return type, every response is declared unless the only
 * one is the {@code 200 OK} (or {@code 204 No Content}) the processor derives anyway.
 */
final class ResponseAnnotations {
  /** The method's return type and the annotations its responses need. */
  record Result(TypeName returnType, List<AnnotationSpec> annotations) {}

  private final ModelTypes types;
  private final ValueAnnotations values;
  private final Problems problems;

  ResponseAnnotations(ModelTypes types, ValueAnnotations values, Problems problems) {
    this.types = types;
    this.values = values;
    this.problems = problems;
  }

  Result of(Operation op, String hint) {
    List<Response> responses = new ArrayList<>();
    for (Response r : op.responses()) {
      if (!r.status().equals("default") && !r.status().matches("[1-5][0-9][0-9]")) {
        problems.warn(
            Problems.SWAGGER,
            r.pointer(),
            "\"" + r.status() + "\" is not an HTTP" + " status; the response is left out");
      } else {
        responses.add(r);
      }
    }
    List<AnnotationSpec> out = new ArrayList<>();
    Response success =
        responses.stream()
            .filter(r -> r.status().startsWith("2") && r.schema() != null)
            .findFirst()
            .orElse(null);
    TypeName returnType = TypeName.VOID;
    if (success != null) {
      JavaType t = types.map(success.schema(), hint, ModelTypes.Use.RESPONSE);
      returnType = t.type();
      out.addAll(t.annotations());
      if (t.inline()) {
        out.add(AnnotationSpec.builder(Annotations.ck("Inline")).build());
      }
      if (!t.wrapper()) {
        successFacts(success.schema(), op, out);
      }
    }
    if (responses.stream().noneMatch(r -> r.status().startsWith("2"))) {
      problems.warn(
          Problems.SWAGGER,
          op.pointer() + "/responses",
          "has no success (2xx)"
              + " response, which the processor requires; a 200 \"OK\" is added");
      out.add(
          AnnotationSpec.builder(Annotations.ck("ApiResponse"))
              .addMember("status", "200")
              .addMember("description", "$S", "OK")
              .build());
    }
    if (isDerived(responses)) {
      return new Result(returnType, out);
    }
    for (Response r : responses) {
      out.add(response(r, r == success, returnType != TypeName.VOID, hint));
    }
    return new Result(returnType, out);
  }

  /** Whether the processor derives the responses from the return type alone. */
  private static boolean isDerived(List<Response> responses) {
    if (responses.size() != 1) {
      return false;
    }
    Response r = responses.get(0);
    boolean plain = r.headers().isEmpty() && r.summary() == null && r.shared() == null;
    return plain
        && ((r.status().equals("200") && r.description().equals("OK") && r.schema() != null)
            || (r.status().equals("204")
                && r.description().equals("No Content")
                && r.schema() == null));
  }

  /** The title and extensions of a success body that is not a type of its own. */
  private void successFacts(Schema s, Operation op, List<AnnotationSpec> out) {
    if (ModelTypes.ownsFacts(s)) {
      return;
    }
    if (s.title() != null) {
      out.add(Annotations.of(Annotations.ck("Title"), s.title()));
    }
    if (s.example() != null) {
      out.add(ValueAnnotations.example(s.example()));
    }
    values.extensions(
        s.extensions(),
        s.pointer(),
        ValueAnnotations.Target.RESPONSE,
        ValueAnnotations.CallCheck.NONE,
        out);
  }

  private AnnotationSpec response(Response r, boolean success, boolean returns, String hint) {
    int status = r.status().equals("default") ? 0 : Integer.parseInt(r.status());
    AnnotationSpec.Builder b =
        AnnotationSpec.builder(Annotations.ck("ApiResponse")).addMember("status", "$L", status);
    if (r.description().isEmpty()) {
      problems.warn(
          Problems.SWAGGER,
          r.pointer() + "/description",
          "an empty description is" + " written as the status's reason phrase");
    } else {
      b.addMember("description", "$S", r.description());
    }
    Schema schema = r.schema();
    if (schema != null && status == 0) {
      problems.warn(
          Problems.SWAGGER,
          r.pointer() + "/schema",
          "the default response cannot" + " have a schema in Power Platform; it is left out");
      schema = null;
    }
    if (schema != null && !success) {
      TypeName t = types.map(schema, hint + r.status(), ModelTypes.Use.TYPE_ONLY).type();
      boolean array =
          t instanceof ParameterizedTypeName p && p.rawType().equals(ClassName.get(List.class));
      TypeName item = array ? ((ParameterizedTypeName) t).typeArguments().get(0) : t;
      if (item instanceof ClassName || item instanceof ArrayTypeName) {
        b.addMember("type", "$T.class", item);
        if (array) {
          b.addMember("array", "true");
        }
      } else {
        problems.warn(
            Problems.SWAGGER,
            r.pointer() + "/schema",
            "this body's Java type, "
                + t
                + ", cannot be named in @ApiResponse(type = ...); the body is left out");
      }
    } else if (schema == null && returns && r.status().startsWith("2")) {
      b.addMember("empty", "true");
    }
    List<AnnotationSpec> headers = new ArrayList<>();
    for (Response.Header h : r.headers()) {
      headers.add(header(h, r.pointer(), problems));
    }
    if (!headers.isEmpty()) {
      Annotations.annotations(b, "headers", headers);
    }
    Annotations.string(b, "summary", r.summary(), null);
    Annotations.string(b, "shared", r.shared(), null);
    return b.build();
  }

  /** {@code @ResponseHeader} for a header of a response or a webhook's event. */
  static AnnotationSpec header(Response.Header h, String pointer, Problems problems) {
    AnnotationSpec.Builder b =
        AnnotationSpec.builder(Annotations.ck("ResponseHeader")).addMember("name", "$S", h.name());
    Annotations.string(b, "description", h.description(), null);
    Schema s = h.schema();
    Class<?> type =
        switch (s.type() == null ? "string" : s.type()) {
          case "integer" ->
              "int32".equals(s.format())
                  ? Integer.class
                  : "int64".equals(s.format()) ? Long.class : java.math.BigInteger.class;
          case "number" ->
              "float".equals(s.format())
                  ? Float.class
                  : "double".equals(s.format()) ? Double.class : java.math.BigDecimal.class;
          case "boolean" -> Boolean.class;
          default -> String.class;
        };
    boolean formatOk =
        s.format() == null
            || ("integer".equals(s.type()) || "number".equals(s.type()))
                && List.of("int32", "int64", "float", "double").contains(s.format());
    boolean typeOk =
        s.type() == null || List.of("string", "integer", "number", "boolean").contains(s.type());
    if (!formatOk
        || !typeOk
        || s.enumValues() != null
        || s.defaultValue() != null
        || s.items() != null) {
      problems.warn(
          Problems.SWAGGER,
          pointer + "/headers/" + h.name(),
          "only a header's type,"
              + " int/number format, description, x-ms-summary and visibility can be said; the rest"
              + " is left out");
    }
    if (type != String.class) {
      b.addMember("type", "$T.class", type);
    }
    Annotations.string(b, "summary", h.summary(), null);
    if (h.visibility() != null) {
      if (List.of("important", "advanced", "internal").contains(h.visibility())) {
        b.addMember(
            "visibility",
            "$T.$L",
            Annotations.ck("Visibility"),
            h.visibility().toUpperCase(java.util.Locale.ROOT));
      } else {
        problems.warn(
            Problems.SWAGGER,
            pointer + "/headers/" + h.name(),
            "visibility \"" + h.visibility() + "\" is left out");
      }
    }
    return b.build();
  }
}
