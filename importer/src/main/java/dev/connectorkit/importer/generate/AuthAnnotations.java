package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.AnnotationSpec;
import dev.connectorkit.importer.compare.JsonEquality;
import dev.connectorkit.importer.model.ImportedConnector;
import dev.connectorkit.importer.model.ImportedConnector.ParameterSet;
import dev.connectorkit.importer.model.ImportedConnector.ParameterSets;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.read.Pointer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Authentication and connection parameters: {@code securityDefinitions} with their connection
 * parameters as {@code @ApiKeyAuth}, {@code @BasicAuth} or {@code @OAuth2}, and every other
 * connection parameter as {@code @ConnectionParameter}, for the connector or for each of its
 * parameter sets. Each annotation's output is predicted and compared with the original; what cannot
 * be said is reported.
 */
final class AuthAnnotations {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final ImportedConnector connector;
  private final Problems problems;
  private final Map<String, JsonNode> parameters;
  private final String pointer;
  private final List<String> security;
  private final boolean inSet;

  AuthAnnotations(ImportedConnector connector, Problems problems) {
    this(
        connector,
        problems,
        connector.properties().connectionParameters(),
        "/properties/connectionParameters",
        new ArrayList<>(),
        false);
  }

  private AuthAnnotations(
      ImportedConnector connector,
      Problems problems,
      Map<String, JsonNode> parameters,
      String pointer,
      List<String> security,
      boolean inSet) {
    this.connector = connector;
    this.problems = problems;
    this.parameters = parameters == null ? new LinkedHashMap<>() : new LinkedHashMap<>(parameters);
    this.pointer = pointer;
    this.security = security;
    this.inSet = inSet;
  }

  /** The same work over one parameter set's parameters; {@code security} is the connector's. */
  AuthAnnotations forSet(ParameterSet set) {
    return new AuthAnnotations(
        connector,
        problems,
        set.parameters(),
        Pointer.child(set.pointer(), "parameters"),
        security,
        true);
  }

  /** The annotations of the connector class. */
  List<AnnotationSpec> annotations() {
    List<AnnotationSpec> out = new ArrayList<>();
    Map<String, JsonNode> defs =
        connector.securityDefinitions() == null
            ? new LinkedHashMap<>()
            : new LinkedHashMap<>(connector.securityDefinitions());
    ParameterSets sets = connector.properties().connectionParameterSets();
    // The sets take the definitions their parameters go with; the rest would be a second
    // authentication beside the choice, which the processor rejects.
    AnnotationSpec choice =
        sets == null ? null : new ParameterSetAnnotations(this, sets).build(defs);
    int kinds = 0;
    for (Map.Entry<String, JsonNode> d : defs.entrySet()) {
      AnnotationSpec a = choice == null ? authentication(d.getKey(), d.getValue()) : null;
      if (a == null && choice == null) {
        continue;
      }
      if (choice != null || ++kinds > 1) {
        problems.warn(
            Problems.SWAGGER,
            "/securityDefinitions/" + d.getKey(),
            "a connector has" + " one authentication (or a choice of sets); this one is left out");
      } else {
        out.add(a);
      }
    }
    if (choice == null
        && kinds == 0
        && parameters.containsKey("token")
        && "oauthSetting".equals(parameters.get("token").path("type").asText())) {
      AnnotationSpec oauth = new OAuthBuilder(this).build(null, null);
      if (oauth != null) {
        out.add(oauth);
      }
    }
    checkSecurity();
    out.addAll(connectionParameters());
    if (choice != null) {
      out.add(choice);
    }
    return out;
  }

  /**
   * The annotation of one security definition with the connection parameters it writes, or null
   * (reported) when its type has none.
   */
  AnnotationSpec authentication(String name, JsonNode d) {
    String type = d.path("type").asText("");
    AnnotationSpec a =
        switch (type) {
          case "apiKey" -> new ApiKeyAuthBuilder(this).build(name, d);
          case "basic" -> new BasicAuthBuilder(this).build(name, d);
          case "oauth2" -> new OAuthBuilder(this).build(name, d);
          default -> null;
        };
    if (a == null) {
      problems.warn(
          Problems.SWAGGER,
          "/securityDefinitions/" + name,
          "a \"" + type + "\" security definition has no annotation; it is left out");
    }
    return a;
  }

  /** Whether the unclaimed parameters hold what a definition of that type writes. */
  boolean fits(JsonNode definition) {
    List<String> types = parameters.values().stream().map(p -> text(p, "type")).toList();
    return switch (definition.path("type").asText("")) {
      case "oauth2" -> types.contains("oauthSetting");
      case "basic" -> parameters.containsKey("username") || parameters.containsKey("password");
      case "apiKey" ->
          parameters.containsKey("api_key")
              || types.stream().filter("securestring"::equals).count() == 1
                  && !parameters.containsKey("username")
                  && !parameters.containsKey("password");
      default -> false;
    };
  }

  /** {@code @ConnectionParameter} for every parameter not claimed; the others are reported. */
  List<AnnotationSpec> connectionParameters() {
    List<AnnotationSpec> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : parameters.entrySet()) {
      AnnotationSpec a = ConnectionParameterBuilder.build(p.getKey(), p.getValue());
      if (a == null) {
        boolean besideSets = !inSet && connector.properties().connectionParameterSets() != null;
        problems.warn(
            Problems.PROPERTIES,
            Pointer.child(pointer, p.getKey()),
            besideSets
                ? "an authentication beside connectionParameterSets cannot be said (a connector"
                    + " has one or a choice of sets); it is left out"
                : "this connection parameter's form has no annotation; it is left out");
      } else {
        out.add(a);
        JsonNode written = ConnectionParameterBuilder.written(p.getValue());
        if (!same(written, p.getValue())) {
          problems.warn(
              Problems.PROPERTIES,
              Pointer.child(pointer, p.getKey()),
              "only what @ConnectionParameter says can be said; the processor writes " + written);
        }
      }
    }
    return out;
  }

  /** Where the parameters are in {@code apiProperties.json}. */
  String pointer() {
    return pointer;
  }

  /** Whether the parameters are a set's (the processor gives their fields the set's texts). */
  boolean inSet() {
    return inSet;
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
