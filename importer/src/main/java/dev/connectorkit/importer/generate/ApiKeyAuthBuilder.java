package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.AnnotationSpec;
import dev.connectorkit.importer.model.Problems;
import java.util.List;
import java.util.Set;

/**
 * {@code @ApiKeyAuth} for an {@code apiKey} security definition, with its {@code api_key}
 * connection parameter when that has the form the annotation writes; otherwise the parameter is
 * left to {@code @ConnectionParameter} ({@code parameter = ""}).
 */
final class ApiKeyAuthBuilder {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final AuthAnnotations auth;

  ApiKeyAuthBuilder(AuthAnnotations auth) {
    this.auth = auth;
  }

  AnnotationSpec build(String definition, JsonNode d) {
    String in = AuthAnnotations.text(d, "in");
    String name = AuthAnnotations.text(d, "name");
    if (name == null || !("header".equals(in) || "query".equals(in))) {
      return null;
    }
    AnnotationSpec.Builder b =
        AnnotationSpec.builder(Annotations.ck("ApiKeyAuth")).addMember("name", "$S", name);
    if (in.equals("query")) {
      b.addMember("in", "$T.QUERY", Annotations.ck("ApiKeyLocation"));
    }
    Annotations.string(b, "securityDefinition", definition, "api_key");
    String description = AuthAnnotations.text(d, "description");
    Annotations.string(b, "securityDescription", description, "");
    ObjectNode predicted = JSON.objectNode().put("type", "apiKey").put("in", in).put("name", name);
    if (description != null && !description.isEmpty()) {
      predicted.put("description", description);
    }
    if (!AuthAnnotations.same(predicted, d)) {
      auth.problems()
          .warn(
              Problems.SWAGGER,
              "/securityDefinitions/" + definition,
              "only type, in, name and description of an apiKey definition can be said; the rest is"
                  + " left out");
    }
    if (auth.appliesToAll(definition, List.of())) {
      auth.secured(definition);
    } else {
      b.addMember("applyToAllOperations", "false");
    }
    parameter(b);
    return b.build();
  }

  /** The connection parameter: {@code api_key}, else the only securestring one. */
  private void parameter(AnnotationSpec.Builder b) {
    String name = auth.parameter("api_key") != null ? "api_key" : null;
    if (name == null) {
      List<String> secure =
          auth.unclaimed().entrySet().stream()
              .filter(e -> "securestring".equals(AuthAnnotations.text(e.getValue(), "type")))
              .map(java.util.Map.Entry::getKey)
              .toList();
      name = secure.size() == 1 ? secure.get(0) : null;
    }
    JsonNode p = name == null ? null : auth.parameter(name);
    JsonNode ui = p == null ? null : p.path("uiDefinition");
    String displayName = ui == null ? null : AuthAnnotations.text(ui, "displayName");
    String description = ui == null ? null : AuthAnnotations.text(ui, "description");
    String tooltip = ui == null ? null : AuthAnnotations.text(ui, "tooltip");
    boolean fits =
        p != null
            && displayName != null
            && description != null
            && DynamicAnnotations.hasOnly(p, Set.of("type", "uiDefinition"))
            && AuthAnnotations.same(
                ConnectionParameterBuilder.secureField(displayName, description, tooltip, 2, false),
                p);
    if (!fits) {
      b.addMember("parameter", "$S", "");
      return;
    }
    auth.claim(name);
    Annotations.string(b, "parameter", name, "api_key");
    Annotations.string(b, "displayName", displayName, "API Key");
    Annotations.string(b, "description", description, "The API key for this API.");
    Annotations.string(b, "tooltip", tooltip == null ? "" : tooltip, "Provide your API key");
  }
}
