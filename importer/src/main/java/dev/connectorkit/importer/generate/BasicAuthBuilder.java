package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.AnnotationSpec;
import dev.connectorkit.importer.model.Problems;
import java.util.List;

/**
 * {@code @BasicAuth} for a {@code basic} security definition, with the {@code username} and {@code
 * password} connection parameters where they have the form the annotation writes; otherwise each is
 * left to {@code @ConnectionParameter}.
 */
final class BasicAuthBuilder {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final AuthAnnotations auth;

  BasicAuthBuilder(AuthAnnotations auth) {
    this.auth = auth;
  }

  AnnotationSpec build(String definition, JsonNode d) {
    AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck("BasicAuth"));
    Annotations.string(b, "securityDefinition", definition, "basic_auth");
    String description = AuthAnnotations.text(d, "description");
    Annotations.string(b, "securityDescription", description, "");
    ObjectNode predicted = JSON.objectNode().put("type", "basic");
    if (description != null && !description.isEmpty()) {
      predicted.put("description", description);
    }
    if (!AuthAnnotations.same(predicted, d)) {
      auth.problems()
          .warn(
              Problems.SWAGGER,
              "/securityDefinitions/" + definition,
              "only type"
                  + " and description of a basic definition can be said; the rest is left out");
    }
    if (auth.appliesToAll(definition, List.of())) {
      auth.secured(definition);
    } else {
      b.addMember("applyToAllOperations", "false");
    }
    field(b, "username", 2, true, "User name", "The user name for this API.");
    field(b, "password", 3, false, "Password", "The password for this API.");
    return b.build();
  }

  /** One field: typed when the processor writes it as it is, else left to the parameters. */
  private void field(
      AnnotationSpec.Builder b,
      String name,
      int tabIndex,
      boolean clearText,
      String defaultName,
      String defaultDescription) {
    JsonNode p = auth.parameter(name);
    JsonNode ui = p == null ? null : p.path("uiDefinition");
    String displayName = ui == null ? null : AuthAnnotations.text(ui, "displayName");
    String description = ui == null ? null : AuthAnnotations.text(ui, "description");
    boolean fits =
        displayName != null
            && description != null
            && p.size() == 2
            && AuthAnnotations.same(
                ConnectionParameterBuilder.secureField(
                    displayName, description, displayName, tabIndex, clearText),
                p);
    if (!fits) {
      b.addMember(name + "Parameter", "$S", "");
      return;
    }
    auth.claim(name);
    Annotations.string(b, name + "DisplayName", displayName, defaultName);
    Annotations.string(b, name + "Description", description, defaultDescription);
  }
}
