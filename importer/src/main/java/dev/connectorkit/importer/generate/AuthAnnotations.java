package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.AnnotationSpec;
import dev.connectorkit.importer.compare.JsonEquality;
import dev.connectorkit.importer.model.ImportedConnector;
import dev.connectorkit.importer.model.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Authentication and connection parameters: {@code securityDefinitions} with their connection
 * parameters as {@code @ApiKeyAuth}, {@code @BasicAuth} or {@code @OAuth2}, and every other
 * connection parameter as {@code @ConnectionParameter}. Each annotation's output is predicted and
 * compared with the original; what cannot be said is reported.
 */
final class AuthAnnotations {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ImportedConnector connector;
  private final Problems problems;
  private final Map<String, JsonNode> parameters;
  private final List<String> security = new ArrayList<>();

  AuthAnnotations(ImportedConnector connector, Problems problems) {
    this.connector = connector;
    this.problems = problems;
    Map<String, JsonNode> p = connector.properties().connectionParameters();
    this.parameters = p == null ? new LinkedHashMap<>() : new LinkedHashMap<>(p);
  }

  /** The annotations of the connector class. */
  List<AnnotationSpec> annotations() {
    List<AnnotationSpec> out = new ArrayList<>();
    Map<String, JsonNode> defs = connector.securityDefinitions();
    if (defs != null) {
      int kinds = 0;
      for (Map.Entry<String, JsonNode> d : defs.entrySet()) {
        String type = d.getValue().path("type").asText("");
        AnnotationSpec a =
            switch (type) {
              case "apiKey" -> new ApiKeyAuthBuilder(this).build(d.getKey(), d.getValue());
              case "basic" -> new BasicAuthBuilder(this).build(d.getKey(), d.getValue());
              case "oauth2" -> new OAuthBuilder(this).build(d.getKey(), d.getValue());
              default -> null;
            };
        if (a == null) {
          problems.warn(
              Problems.SWAGGER,
              "/securityDefinitions/" + d.getKey(),
              "a \"" + type + "\" security definition has no annotation; it is left out");
        } else if (++kinds > 1) {
          problems.warn(
              Problems.SWAGGER,
              "/securityDefinitions/" + d.getKey(),
              "a connector has"
                  + " one authentication (or a choice of sets); this one is left out");
        } else {
          out.add(a);
        }
      }
    }
    if (kindsUsed(out) == 0
        && parameters.containsKey("token")
        && "oauthSetting".equals(parameters.get("token").path("type").asText())) {
      AnnotationSpec oauth = new OAuthBuilder(this).build(null, null);
      if (oauth != null) {
        out.add(oauth);
      }
    }
    checkSecurity();
    for (Map.Entry<String, JsonNode> p : parameters.entrySet()) {
      AnnotationSpec a = ConnectionParameterBuilder.build(p.getKey(), p.getValue());
      if (a == null) {
        problems.warn(
            Problems.PROPERTIES,
            "/properties/connectionParameters/" + p.getKey(),
            "this connection parameter's form has no annotation; it is left out");
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static int kindsUsed(List<AnnotationSpec> out) {
    return out.size();
  }

  /** Claims the connection parameter an authentication annotation writes. */
  JsonNode claim(String name) {
    return parameters.remove(name);
  }

  /** The connection parameter of that name, without claiming it. */
  JsonNode parameter(String name) {
    return parameters.get(name);
  }

  /** The connection parameters not claimed yet. */
  Map<String, JsonNode> unclaimed() {
    return parameters;
  }

  /** Records that the definition is applied to every operation by {@code security}. */
  void secured(String definition) {
    security.add(definition);
  }

  /** Whether the document's {@code security} lists the definition with these scopes. */
  boolean appliesToAll(String definition, List<String> scopes) {
    JsonNode s = connector.security();
    if (s == null || !s.isArray()) {
      return false;
    }
    ArrayNode want = JSON.arrayNode();
    scopes.forEach(want::add);
    for (JsonNode entry : s) {
      if (entry.has(definition) && JsonEquality.equal(entry.get(definition), want)) {
        return true;
      }
    }
    return false;
  }

  private void checkSecurity() {
    JsonNode s = connector.security();
    if (s == null) {
      return;
    }
    int expected = 0;
    for (JsonNode entry : s) {
      boolean ours = entry.size() == 1 && security.contains(entry.fieldNames().next());
      if (!ours) {
        problems.warn(
            Problems.SWAGGER,
            "/security",
            "the requirement "
                + entry
                + " does not"
                + " apply one authentication to all operations; it is left out");
      } else {
        expected++;
      }
    }
    if (expected != security.size() || !s.isArray()) {
      problems.warn(Problems.SWAGGER, "/security", "is written as the authentication applies");
    }
  }

  /** The problems, for the builders. */
  Problems problems() {
    return problems;
  }

  /** The uiDefinition the processor writes. */
  static ObjectNode ui(String displayName, String description, String tooltip) {
    ObjectNode ui = JSON.objectNode();
    ui.put("displayName", displayName);
    ui.put("description", description);
    if (tooltip != null && !tooltip.isEmpty()) {
      ui.put("tooltip", tooltip);
    }
    return ui;
  }

  /** Whether a predicted value equals the original. */
  static boolean same(JsonNode predicted, JsonNode original) {
    return JsonEquality.equal(predicted, original);
  }

  /** A string member of a JSON object, or null. */
  static String text(JsonNode n, String... path) {
    JsonNode at = n;
    for (String p : path) {
      at = at == null ? null : at.get(p);
    }
    return at != null && at.isTextual() ? at.asText() : null;
  }
}
