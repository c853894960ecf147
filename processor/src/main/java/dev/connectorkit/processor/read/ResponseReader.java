package dev.connectorkit.processor.read;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Header;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Response;
import dev.connectorkit.processor.model.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads the responses of a resource method: from its return type ({@code void} → 204, entity → 200,
 * {@code CompletionStage}/{@code Optional} unwrapped) or from {@code @ApiResponse} declarations
 * where the signature cannot say them.
 */
final class ResponseReader {
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(200, "OK"),
          Map.entry(201, "Created"),
          Map.entry(202, "Accepted"),
          Map.entry(204, "No Content"),
          Map.entry(301, "Moved Permanently"),
          Map.entry(302, "Found"),
          Map.entry(304, "Not Modified"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(409, "Conflict"),
          Map.entry(410, "Gone"),
          Map.entry(412, "Precondition Failed"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(422, "Unprocessable Entity"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  private final Types types;
  private final AnnotationValues values;
  private final TypeSchemaReader schemas;
  private final Diagnostics diagnostics;

  ResponseReader(
      Types types, AnnotationValues values, TypeSchemaReader schemas, Diagnostics diagnostics) {
    this.types = types;
    this.values = values;
    this.schemas = schemas;
    this.diagnostics = diagnostics;
  }

  /**
   * The responses, in status order as declared or derived; {@code inline} writes the model type of
   * a success body in place, for annotations of the method to shape.
   */
  List<Response> read(ResourceMethod rm, boolean jsonOut, boolean inline) {
    TypeMirror ret = ((ExecutableType) types.asMemberOf(rm.owner(), rm.method())).getReturnType();
    boolean optional = false;
    while (isOneOf(
        ret,
        "java.util.concurrent.CompletionStage",
        "java.util.concurrent.CompletableFuture",
        "java.util.Optional")) {
      optional |= isOneOf(ret, "java.util.Optional");
      List<? extends TypeMirror> args = ((DeclaredType) ret).getTypeArguments();
      ret = args.isEmpty() ? types.getNullType() : args.get(0);
    }
    boolean untyped =
        isOneOf(ret, "jakarta.ws.rs.core.Response", "javax.ws.rs.core.Response")
            || ret.getKind() == TypeKind.NULL
            || isAsync(rm);
    Origin origin = Origin.of(rm.method());
    List<AnnotationMirror> declared = declared(rm);
    if (!declared.isEmpty()) {
      return fromDeclarations(declared, untyped ? null : ret, jsonOut, inline, rm);
    }
    List<Response> out = new ArrayList<>();
    if (untyped) {
      diagnostics.report(
          Message.UNTYPED_RESPONSE,
          origin,
          rm.method().getSimpleName(),
          ret.getKind() == TypeKind.NULL ? "no type" : ret.toString());
      out.add(Response.of("200", "OK", null, origin));
    } else if (ret.getKind() == TypeKind.VOID) {
      out.add(Response.of("204", "No Content", null, origin));
    } else {
      out.add(Response.of("200", "OK", body(ret, jsonOut, inline, origin), origin));
      if (optional) {
        out.add(Response.of("404", "Not Found", null, origin));
      }
    }
    return out;
  }

  private List<Response> fromDeclarations(
      List<AnnotationMirror> declared,
      TypeMirror ret,
      boolean jsonOut,
      boolean inline,
      ResourceMethod rm) {
    List<Response> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (AnnotationMirror a : declared) {
      Origin at = Origin.of(rm.method(), a);
      int status = values.integer(a, "status");
      if (status != 0 && (status < 100 || status > 599)) {
        diagnostics.report(Message.RESPONSE_STATUS_NOT_VALID, at.member("status"), status);
        continue;
      }
      String code = status == 0 ? "default" : Integer.toString(status);
      if (!seen.add(code)) {
        diagnostics.report(Message.DUPLICATE_RESPONSE, at.member("status"), code);
        continue;
      }
      String description = values.string(a, "description");
      if (description.isEmpty()) {
        description = REASONS.getOrDefault(status, status == 0 ? "Default" : "Status " + status);
      }
      TypeMirror type = values.type(a, "type");
      Schema schema = null;
      if (!values.bool(a, "empty")) {
        boolean success = status >= 200 && status < 300;
        if (type.getKind() != TypeKind.VOID) {
          schema = body(type, jsonOut, inline && success, at.member("type"));
        } else if (success && ret != null && ret.getKind() != TypeKind.VOID) {
          schema = body(ret, jsonOut, inline, Origin.of(rm.method()));
        }
        if (schema != null && values.bool(a, "array")) {
          schema = Schema.arrayOf(schema);
        }
      }
      String summary = values.string(a, "summary");
      String shared = values.string(a, "shared");
      out.add(
          new Response(
              code,
              description,
              schema,
              headers(a, at),
              summary.isEmpty() ? null : summary,
              shared.isEmpty() ? null : shared,
              at));
    }
    return out;
  }

  private List<Header> headers(AnnotationMirror response, Origin origin) {
    List<Header> out = new ArrayList<>();
    for (AnnotationMirror h : values.annotations(response, "headers")) {
      String description = values.string(h, "description");
      String summary = values.string(h, "summary");
      Schema schema = schemas.schemaOf(values.type(h, "type"), true, origin);
      String visibility = values.enumName(h, "visibility").toLowerCase(java.util.Locale.ROOT);
      out.add(
          new Header(
              values.string(h, "name"),
              description.isEmpty() ? null : description,
              summary.isEmpty() ? null : summary,
              visibility.equals("none") ? null : visibility,
              schema));
    }
    return out;
  }

  private Schema body(TypeMirror type, boolean jsonOut, boolean inline, Origin origin) {
    if (schemas.isBinary(type) && !(jsonOut && type.getKind() == TypeKind.ARRAY)) {
      return Schema.of("file", null);
    }
    return schemas.schemaOf(type, inline, origin);
  }

  private List<AnnotationMirror> declared(ResourceMethod rm) {
    for (var m : List.of(rm.method(), rm.annotated())) {
      List<AnnotationMirror> out = new ArrayList<>();
      AnnotationValues.find(m, Names.API_RESPONSE).ifPresent(out::add);
      AnnotationValues.find(m, Names.API_RESPONSES)
          .ifPresent(
              c -> {
                for (AnnotationValue v : values.list(c, "value")) {
                  out.add((AnnotationMirror) v.getValue());
                }
              });
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  private boolean isAsync(ResourceMethod rm) {
    for (VariableElement p : rm.annotated().getParameters()) {
      if (AnnotationValues.findAny(p, Names.jaxrs("container.Suspended")).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private boolean isOneOf(TypeMirror type, String... names) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    String qn = ((TypeElement) types.asElement(type)).getQualifiedName().toString();
    return List.of(names).contains(qn);
  }
}
