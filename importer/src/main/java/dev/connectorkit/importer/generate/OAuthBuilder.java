package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.AnnotationSpec;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.read.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code @OAuth2} from the {@code oauthSetting} connection parameter and its {@code oauth2}
 * security definition: the identity provider, client ID, scopes, endpoints, custom parameters and
 * properties, redirect, and the sign-in field's texts. The JSON the processor writes for the
 * annotation is predicted for both files; a difference is reported.
 */
final class OAuthBuilder {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Map<String, String> REDIRECT =
      Map.of("Global", "GLOBAL", "GlobalPerConnector", "GLOBAL_PER_CONNECTOR", "Direct", "DIRECT");
  private static final List<String> URLS = List.of("authorizationUrl", "tokenUrl", "refreshUrl");
  private static final Set<String> SETTING_KEYS = Set.of("type", "oAuthSettings", "uiDefinition");

  private final AuthAnnotations auth;

  OAuthBuilder(AuthAnnotations auth) {
    this.auth = auth;
  }

  /** The annotation; {@code definition} is null when the connector has no security definition. */
  AnnotationSpec build(String definition, JsonNode d) {
    String parameter = oauthParameter();
    if (parameter == null) {
      auth.problems()
          .warn(
              Problems.PROPERTIES,
              auth.pointer(),
              "no" + " oauthSetting connection parameter goes with the OAuth security definition");
      return null;
    }
    JsonNode p = auth.claim(parameter);
    JsonNode s = settings(parameter, p);
    AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck("OAuth2"));
    String provider = AuthAnnotations.text(s, "identityProvider");
    Annotations.string(b, "identityProvider", provider, "oauth2");
    Annotations.string(b, "clientId", AuthAnnotations.text(s, "clientId"), "");
    List<String> scopes = new ArrayList<>();
    s.path("scopes").forEach(x -> scopes.add(x.asText()));
    if (!scopes.isEmpty()) {
      Annotations.strings(b, "scopes", scopes);
    }
    JsonNode custom = s.path("customParameters");
    for (String url : URLS) {
      Annotations.string(b, url, AuthAnnotations.text(custom, url, "value"), "");
    }
    List<AnnotationSpec> customs = new ArrayList<>();
    custom
        .properties()
        .forEach(
            e -> {
              if (!URLS.contains(e.getKey())
                  || AuthAnnotations.text(e.getValue(), "value") == null) {
                customs.add(pair(e.getKey(), AuthAnnotations.text(e.getValue(), "value")));
              }
            });
    if (!customs.isEmpty()) {
      Annotations.annotations(b, "customParameters", customs);
    }
    List<AnnotationSpec> props = new ArrayList<>();
    String firstParty = null;
    for (var e : s.path("properties").properties()) {
      if (e.getKey().equals("IsFirstParty") && e.getValue().isTextual()) {
        firstParty = e.getValue().asText();
      } else {
        props.add(
            e.getValue().isTextual()
                ? pair(e.getKey(), e.getValue().asText())
                : AnnotationSpec.builder(Annotations.ck("OAuthParameter"))
                    .addMember("name", "$S", e.getKey())
                    .addMember("json", "$S", e.getValue().toString())
                    .build());
      }
    }
    if (!props.isEmpty()) {
      Annotations.annotations(b, "properties", props);
    }
    Annotations.string(b, "isFirstParty", firstParty == null ? "" : firstParty, "False");
    String redirectMode = AuthAnnotations.text(s, "redirectMode");
    if (redirectMode != null
        && REDIRECT.containsKey(redirectMode)
        && !redirectMode.equals("Global")) {
      b.addMember(
          "redirectMode", "$T.$L", Annotations.ck("RedirectMode"), REDIRECT.get(redirectMode));
    }
    String redirectUrl = AuthAnnotations.text(s, "redirectUrl");
    Annotations.string(
        b,
        "redirectUrl",
        redirectUrl == null ? "" : redirectUrl,
        "https://global.consent.azure-apim.net/redirect");
    Annotations.string(b, "parameter", parameter, "token");
    JsonNode ui = p.get("uiDefinition");
    if (ui != null) {
      Annotations.string(b, "displayName", AuthAnnotations.text(ui, "displayName"), "");
      Annotations.string(b, "description", AuthAnnotations.text(ui, "description"), "");
      Annotations.string(b, "tooltip", AuthAnnotations.text(ui, "tooltip"), "");
    }
    checkUi(parameter, ui);
    if (definition == null || d == null) {
      b.addMember("securityDefinition", "$S", "");
    } else {
      Annotations.string(b, "securityDefinition", definition, "oauth2_auth");
      Annotations.string(b, "securityDescription", AuthAnnotations.text(d, "description"), "");
      List<String> definitionScopes = scopes;
      ObjectNode predicted = definition(provider, custom, scopes, d);
      if (!AuthAnnotations.same(predicted, d)) {
        definitionScopes = ownDefinition(b, d);
        if (definitionScopes == null) {
          definitionScopes = scopes;
          auth.problems()
              .warn(
                  Problems.SWAGGER,
                  "/securityDefinitions/" + definition,
                  "only an accessCode definition with endpoints and scopes named by themselves"
                      + " can be said; the processor writes "
                      + predicted);
        }
      }
      if (auth.appliesToAll(definition, definitionScopes)) {
        auth.secured(definition);
      } else {
        b.addMember("applyToAllOperations", "false");
      }
    }
    return b.build();
  }

  /**
   * {@code oAuthSettings}, or a key that spells it otherwise (reported: the processor writes {@code
   * oAuthSettings}); any other key of the parameter is reported.
   */
  private JsonNode settings(String parameter, JsonNode p) {
    JsonNode settings = p.get("oAuthSettings");
    for (var e : p.properties()) {
      String key = e.getKey();
      if (SETTING_KEYS.contains(key)) {
        continue;
      }
      String at = Pointer.child(Pointer.child(auth.pointer(), parameter), key);
      if (settings == null && key.equalsIgnoreCase("oAuthSettings")) {
        settings = e.getValue();
        auth.problems()
            .warn(Problems.PROPERTIES, at, "is read as \"oAuthSettings\", the key written instead");
      } else {
        auth.problems()
            .warn(
                Problems.PROPERTIES,
                at,
                "\""
                    + key
                    + "\" has no ConnectorKit annotation, so the imported code leaves it out");
      }
    }
    return settings == null ? JSON.objectNode() : settings;
  }

  /**
   * The sign-in field's {@code uiDefinition} the processor writes: the texts with {@code required}
   * "true", or (in a parameter set, where it has none) the set's texts; a difference is reported.
   */
  private void checkUi(String parameter, JsonNode ui) {
    String at = Pointer.child(Pointer.child(auth.pointer(), parameter), "uiDefinition");
    if (ui == null) {
      if (auth.inSet()) {
        auth.problems()
            .warn(
                Problems.PROPERTIES,
                at,
                "is missing; the processor writes the parameter set's texts as the sign-in"
                    + " field's");
      }
      return;
    }
    String displayName = AuthAnnotations.text(ui, "displayName");
    if (displayName == null || displayName.isEmpty()) {
      auth.problems()
          .warn(Problems.PROPERTIES, at, "has no displayName; only one with texts can be said");
      return;
    }
    String description = AuthAnnotations.text(ui, "description");
    ObjectNode predicted =
        AuthAnnotations.ui(
            displayName,
            description == null ? "" : description,
            AuthAnnotations.text(ui, "tooltip"));
    predicted.putObject("constraints").put("required", "true");
    if (!AuthAnnotations.same(predicted, ui)) {
      auth.problems()
          .warn(
              Problems.PROPERTIES,
              at,
              "only texts and required \"true\" can be said; the processor writes " + predicted);
    }
  }

  /** The oauthSetting connection parameter: {@code token}, else the only one. */
  private String oauthParameter() {
    List<String> names =
        auth.unclaimed().entrySet().stream()
            .filter(e -> "oauthSetting".equals(AuthAnnotations.text(e.getValue(), "type")))
            .map(Map.Entry::getKey)
            .toList();
    return names.contains("token") ? "token" : names.size() == 1 ? names.get(0) : null;
  }

  /** The security definition the processor writes ({@code AuthReader.oauth}). */
  private static ObjectNode definition(
      String provider, JsonNode custom, List<String> scopes, JsonNode original) {
    String authorizationUrl = AuthAnnotations.text(custom, "authorizationUrl", "value");
    String tokenUrl = AuthAnnotations.text(custom, "tokenUrl", "value");
    if (authorizationUrl == null && "aad".equals(provider)) {
      authorizationUrl = "https://login.microsoftonline.com/common/oauth2/authorize";
      tokenUrl = "https://login.microsoftonline.com/common/oauth2/token";
    }
    ObjectNode out = JSON.objectNode().put("type", "oauth2").put("flow", "accessCode");
    out.put("authorizationUrl", authorizationUrl);
    out.put("tokenUrl", tokenUrl);
    ObjectNode map = out.putObject("scopes");
    scopes.forEach(x -> map.put(x, x));
    String description = AuthAnnotations.text(original, "description");
    if (description != null && !description.isEmpty()) {
      out.put("description", description);
    }
    return out;
  }

  /**
   * {@code definition = @OAuthDefinition(...)} for a definition that is not the connection's;
   * returns its scopes, or null when it has another form.
   */
  private static List<String> ownDefinition(AnnotationSpec.Builder b, JsonNode d) {
    String authorizationUrl = AuthAnnotations.text(d, "authorizationUrl");
    String tokenUrl = AuthAnnotations.text(d, "tokenUrl");
    JsonNode scopeMap = d.get("scopes");
    if (authorizationUrl == null
        || tokenUrl == null
        || scopeMap == null
        || !"accessCode".equals(AuthAnnotations.text(d, "flow"))) {
      return null;
    }
    List<String> scopes = new ArrayList<>();
    for (var e : scopeMap.properties()) {
      if (!e.getKey().equals(e.getValue().asText())) {
        return null;
      }
      scopes.add(e.getKey());
    }
    ObjectNode predicted = JSON.objectNode().put("type", "oauth2").put("flow", "accessCode");
    predicted.put("authorizationUrl", authorizationUrl).put("tokenUrl", tokenUrl);
    predicted.set("scopes", scopeMap);
    String description = AuthAnnotations.text(d, "description");
    if (description != null && !description.isEmpty()) {
      predicted.put("description", description);
    }
    if (!AuthAnnotations.same(predicted, d)) {
      return null;
    }
    AnnotationSpec.Builder own =
        AnnotationSpec.builder(Annotations.ck("OAuthDefinition"))
            .addMember("authorizationUrl", "$S", authorizationUrl)
            .addMember("tokenUrl", "$S", tokenUrl);
    Annotations.strings(own, "scopes", scopes);
    b.addMember("definition", "$L", own.build());
    return scopes;
  }

  private static AnnotationSpec pair(String name, String value) {
    return AnnotationSpec.builder(Annotations.ck("OAuthParameter"))
        .addMember("name", "$S", name)
        .addMember("value", "$S", value == null ? "" : value)
        .build();
  }
}
