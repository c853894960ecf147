package dev.connectorkit.importer.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Parameter;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.model.Response;
import dev.connectorkit.importer.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads operations, their parameters and responses, and the shared ones they refer to. */
final class OperationReader {
  private static final Set<String> LOCATIONS =
      Set.of("path", "query", "header", "formData", "body");
  private static final String SWAGGER = Problems.SWAGGER;

  private final Problems problems;
  private final SchemaReader schemas;
  private final Map<String, Parameter> sharedParameters;
  private final Map<String, Response> sharedResponses;
  private final JsonNode rootSecurity;

  OperationReader(
      Problems problems,
      SchemaReader schemas,
      Map<String, Parameter> sharedParameters,
      Map<String, Response> sharedResponses,
      JsonNode rootSecurity) {
    this.problems = problems;
    this.schemas = schemas;
    this.sharedParameters = sharedParameters;
    this.sharedResponses = sharedResponses;
    this.rootSecurity = rootSecurity;
  }

  Operation read(Fields f, String path, String method, List<Parameter> pathParameters) {
    String operationId = f.string("operationId");
    if (operationId == null) {
      problems.error(SWAGGER, f.pointer(), "has no operationId; Power Platform requires one");
    }
    List<Parameter> parameters = new ArrayList<>(pathParameters);
    JsonNode params = f.raw("parameters");
    if (params != null && !params.isArray()) {
      problems.error(SWAGGER, f.at("parameters"), "must be an array");
    } else if (params != null) {
      for (int i = 0; i < params.size(); i++) {
        Parameter p = parameter(params.get(i), Pointer.child(f.at("parameters"), i));
        if (p != null) {
          parameters.removeIf(q -> q.name().equals(p.name()) && q.in().equals(p.in()));
          parameters.add(p);
        }
      }
    }
    List<Response> responses = new ArrayList<>();
    Fields rs = f.object("responses");
    if (rs == null) {
      problems.error(SWAGGER, f.pointer(), "has no responses; Swagger 2.0 requires them");
    } else {
      for (String status : rs.keys()) {
        if (status.startsWith("x-")) {
          continue;
        }
        Response r = response(rs.raw(status), rs.at(status), status);
        if (r != null) {
          responses.add(r);
        }
      }
      rs.reportUnread();
    }
    // An operation's own security is said (@Explicit(SECURITY)) where it repeats the connector's;
    // any other stays unread and is reported.
    boolean repeatsSecurity = f.has("security") && f.node().get("security").equals(rootSecurity);
    if (repeatsSecurity) {
      f.raw("security");
    }
    Boolean deprecated = f.bool("deprecated");
    Operation op =
        new Operation(
            f.pointer(),
            path,
            method,
            operationId,
            f.text("summary"),
            f.text("description"),
            f.strings("tags"),
            f.strings("consumes"),
            f.strings("produces"),
            parameters,
            responses,
            Boolean.TRUE.equals(deprecated),
            f.text("x-ms-visibility"),
            f.string("x-ms-trigger"),
            f.extensions(),
            new java.util.LinkedHashSet<>(f.keys()),
            repeatsSecurity);
    f.reportUnread();
    return op;
  }

  /**
   * What a {@code $ref} to {@code #/<kind>s/<name>} names, or null, reported, when it names nothing
   * there.
   */
  private <T> T shared(Fields f, String kind, Map<String, T> section) {
    String ref = f.string("$ref");
    f.reportUnread();
    String prefix = "#/" + kind + "s/";
    String name =
        ref != null && ref.startsWith(prefix)
            ? SchemaReader.unescape(ref.substring(prefix.length()))
            : null;
    T shared = name == null ? null : section.get(name);
    if (shared == null) {
      problems.error(SWAGGER, f.at("$ref"), "refers to no " + kind + " in #/" + kind + "s: " + ref);
    }
    return shared;
  }

  /** A parameter, inline or through {@code $ref}. */
  Parameter parameter(JsonNode node, String pointer) {
    Fields f = Fields.of(node, pointer, SWAGGER, problems);
    if (f == null) {
      return null;
    }
    if (f.has("$ref")) {
      Parameter shared = shared(f, "parameter", sharedParameters);
      if (shared == null) {
        return null;
      }
      return shared;
    }
    return inline(f, null);
  }

  /** A parameter written out; {@code shared} is its name in the global section, if it is one. */
  Parameter inline(Fields f, String shared) {
    String name = f.string("name");
    String in = f.string("in");
    if (name == null || in == null) {
      problems.error(SWAGGER, f.pointer(), "a parameter needs \"name\" and \"in\"");
      return null;
    }
    if (!LOCATIONS.contains(in)) {
      problems.error(
          SWAGGER,
          f.at("in"),
          "\""
              + in
              + "\" is not a Swagger 2.0 parameter location"
              + " (path, query, header, formData or body)");
      return null;
    }
    Schema schema;
    if (in.equals("body")) {
      JsonNode s = f.raw("schema");
      if (s == null) {
        problems.error(SWAGGER, f.pointer(), "a body parameter needs a \"schema\"");
        return null;
      }
      schema = schemas.read(s, f.at("schema"));
    } else {
      schema = schemas.read(f, false);
    }
    Parameter p =
        new Parameter(
            f.pointer(),
            name,
            in,
            f.text("description"),
            f.bool("required"),
            f.text("x-ms-summary"),
            f.text("x-ms-visibility"),
            f.string("collectionFormat"),
            f.string("x-ms-url-encoding"),
            schema,
            shared,
            f.extensions());
    f.reportUnread();
    return p;
  }

  /** A response, inline or through {@code $ref}. */
  Response response(JsonNode node, String pointer, String status) {
    Fields f = Fields.of(node, pointer, SWAGGER, problems);
    if (f == null) {
      return null;
    }
    if (f.has("$ref")) {
      Response shared = shared(f, "response", sharedResponses);
      if (shared == null) {
        return null;
      }
      return new Response(
          pointer,
          status,
          shared.description(),
          shared.schema(),
          shared.headers(),
          shared.summary(),
          shared.shared());
    }
    return inline(f, status, null);
  }

  /** A response written out; {@code shared} is its name in the global section, if it is one. */
  Response inline(Fields f, String status, String shared) {
    String description = f.text("description");
    if (description == null) {
      problems.warn(SWAGGER, f.pointer(), "a response needs a \"description\"; \"\" is used");
      description = "";
    }
    JsonNode s = f.raw("schema");
    Schema schema = s == null ? null : schemas.read(s, f.at("schema"));
    List<Response.Header> headers = headers(f);
    Response r =
        new Response(
            f.pointer(), status, description, schema, headers, f.text("x-ms-summary"), shared);
    f.reportUnread();
    return r;
  }

  /** The {@code headers} of a response (or of a webhook's event). */
  List<Response.Header> headers(Fields f) {
    List<Response.Header> headers = new ArrayList<>();
    Fields hs = f.object("headers");
    if (hs != null) {
      for (String name : hs.keys()) {
        Fields h = Fields.of(hs.raw(name), hs.at(name), SWAGGER, problems);
        if (h != null) {
          String hd = h.text("description");
          String summary = h.text("x-ms-summary");
          String visibility = h.text("x-ms-visibility");
          headers.add(new Response.Header(name, hd, summary, visibility, schemas.read(h, false)));
          h.reportUnread();
        }
      }
    }
    return headers;
  }
}
