package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;

import dev.connectorkit.annotations.ConnectionParameterType;
import dev.connectorkit.annotations.RedirectMode;
import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Auth;
import dev.connectorkit.processor.model.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads authentication ({@code @ApiKeyAuth}, {@code @BasicAuth}, {@code @OAuth2}), extra connection
 * parameters and multi-auth sets into security definitions and connection parameters.
 */
final class AuthReader {
  private final AnnotationValues values;
  private final Diagnostics diagnostics;
  private final Map<String, String> options;
  private final SecretCheck secrets;

  AuthReader(AnnotationValues values, Diagnostics diagnostics, Map<String, String> options) {
    this.values = values;
    this.diagnostics = diagnostics;
    this.options = options;
    this.secrets = new SecretCheck(diagnostics);
  }

  Auth read(TypeElement connector, String connectorId) {
    Map<String, Object> definitions = new LinkedHashMap<>();
    List<Object> security = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    List<String> kinds = new ArrayList<>();
    List<Origin> origins = new ArrayList<>();
    for (String kind : List.of("ApiKeyAuth", "BasicAuth", "OAuth2")) {
      Optional<AnnotationMirror> a = find(connector, Names.CK + kind);
      if (a.isPresent()) {
        kinds.add("@" + kind);
        origins.add(Origin.of(connector, a.get()));
        authentication(
            kind,
            a.get(),
            origins.get(origins.size() - 1),
            connectorId,
            definitions,
            security,
            parameters);
      }
    }
    Optional<AnnotationMirror> choice = find(connector, Names.CK + "ConnectionParameterSets");
    // At the second authentication, or at the first beside a choice of authentications.
    int misplaced = choice.isPresent() ? 0 : 1;
    if (origins.size() > misplaced) {
      diagnostics.report(
          Message.MULTIPLE_AUTH, origins.get(misplaced), String.join(" and ", kinds));
    }
    for (AnnotationMirror p : repeated(connector, "ConnectionParameter", "ConnectionParameters")) {
      parameters.put(values.string(p, "name"), connectionParameter(p));
    }
    Map<String, Object> sets =
        choice
            .map(a -> sets(a, Origin.of(connector, a), connectorId, definitions, security))
            .orElse(null);
    return new Auth(definitions, security, parameters, sets);
  }

  private void authentication(
      String kind,
      AnnotationMirror a,
      Origin at,
      String connectorId,
      Map<String, Object> definitions,
      List<Object> security,
      Map<String, Object> parameters) {
    String name = values.string(a, "securityDefinition");
    Map<String, Object> definition = new LinkedHashMap<>();
    List<String> scopes = List.of();
    switch (kind) {
      case "ApiKeyAuth" -> {
        definition.put("type", "apiKey");
        definition.put("in", values.enumName(a, "in").equals("QUERY") ? "query" : "header");
        definition.put("name", values.string(a, "name"));
        putIfNamed(
            parameters,
            values.string(a, "parameter"),
            secureField(
                values.string(a, "displayName"),
                values.string(a, "description"),
                values.string(a, "tooltip"),
                2,
                values.bool(a, "clearText")));
      }
      case "BasicAuth" -> {
        definition.put("type", "basic");
        putIfNamed(
            parameters,
            values.string(a, "usernameParameter"),
            secureField(
                values.string(a, "usernameDisplayName"),
                values.string(a, "usernameDescription"),
                values.string(a, "usernameDisplayName"),
                2,
                true));
        putIfNamed(
            parameters,
            values.string(a, "passwordParameter"),
            secureField(
                values.string(a, "passwordDisplayName"),
                values.string(a, "passwordDescription"),
                values.string(a, "passwordDisplayName"),
                3,
                false));
      }
      default -> {
        scopes = values.strings(a, "scopes");
        OAuthSettings settings = oauth(a, at, connectorId);
        parameters.put(values.string(a, "parameter"), settings.parameter());
        List<AnnotationMirror> own = values.annotations(a, "definition");
        String authorizationUrl =
            own.isEmpty()
                ? settings.authorizationUrl()
                : values.string(own.get(0), "authorizationUrl");
        String tokenUrl =
            own.isEmpty() ? settings.tokenUrl() : values.string(own.get(0), "tokenUrl");
        if (!own.isEmpty()) {
          scopes = values.strings(own.get(0), "scopes");
        }
        if (authorizationUrl == null || name.isEmpty()) {
          return;
        }
        definition.put("type", "oauth2");
        definition.put("flow", "accessCode");
        definition.put("authorizationUrl", authorizationUrl);
        definition.put("tokenUrl", tokenUrl);
        Map<String, Object> scopeMap = new LinkedHashMap<>();
        scopes.forEach(s -> scopeMap.put(s, s));
        definition.put("scopes", scopeMap);
      }
    }
    if (name.isEmpty()) {
      return;
    }
    String description = values.string(a, "securityDescription");
    if (!description.isEmpty()) {
      definition.put("description", description);
    }
    definitions.put(name, definition);
    if (values.bool(a, "applyToAllOperations")) {
      security.add(Map.of(name, scopes));
    }
  }

  /** The OAuth connection parameter and the URLs the Swagger security definition needs. */
  private record OAuthSettings(
      Map<String, Object> parameter, String authorizationUrl, String tokenUrl) {}

  private OAuthSettings oauth(AnnotationMirror a, Origin at, String connectorId) {
    String provider = values.string(a, "identityProvider");
    String clientId =
        options.getOrDefault(
            "connectorkit." + connectorId + ".clientId", values.string(a, "clientId"));
    if (clientId.isEmpty()) {
      diagnostics.report(Message.CLIENT_ID_MISSING, at, connectorId);
    }
    secrets.check("clientId", values.string(a, "clientId"), at.member("clientId"), connectorId);
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("identityProvider", provider);
    settings.put("clientId", clientId);
    settings.put("scopes", values.strings(a, "scopes"));
    settings.put("redirectMode", RedirectMode.valueOf(values.enumName(a, "redirectMode")).value());
    DynamicCalls.putIfNotEmpty(settings, "redirectUrl", values.string(a, "redirectUrl"));
    Map<String, Object> properties = new LinkedHashMap<>();
    for (AnnotationMirror p : values.annotations(a, "properties")) {
      secrets.check(
          values.string(p, "name"),
          values.string(p, "value"),
          Origin.of(at.element(), p).member("value"),
          connectorId);
      String json = values.string(p, "json");
      properties.put(
          values.string(p, "name"),
          json.isEmpty()
              ? values.string(p, "value")
              : JsonLiterals.parse(json, at.member("properties"), diagnostics));
    }
    // Left at its default, IsFirstParty is "False", but "True" for aadcertificate, which serves
    // first-party apps only (its schema accepts nothing else); an explicit "" writes none.
    String firstParty =
        AnnotationValues.explicit(a, "isFirstParty").isPresent()
            ? values.string(a, "isFirstParty")
            : provider.equals("aadcertificate") ? "True" : "False";
    if (!firstParty.isEmpty()) {
      properties.putIfAbsent("IsFirstParty", firstParty);
    }
    if (!properties.isEmpty()) {
      settings.put("properties", properties);
    }
    Map<String, Object> custom = new LinkedHashMap<>();
    String authorizationUrl = values.string(a, "authorizationUrl");
    String tokenUrl = values.string(a, "tokenUrl");
    putValue(custom, "authorizationUrl", authorizationUrl);
    putValue(custom, "tokenUrl", tokenUrl);
    putValue(custom, "refreshUrl", values.string(a, "refreshUrl"));
    for (AnnotationMirror p : values.annotations(a, "customParameters")) {
      secrets.check(
          values.string(p, "name"),
          values.string(p, "value"),
          Origin.of(at.element(), p).member("value"),
          connectorId);
      String value = values.string(p, "value");
      // A setting without a value is one the user or the platform fills in: {}.
      custom.put(values.string(p, "name"), value.isEmpty() ? Map.of() : Map.of("value", value));
    }
    if (!custom.isEmpty()) {
      settings.put("customParameters", custom);
    }
    Map<String, Object> parameter = new LinkedHashMap<>();
    parameter.put("type", "oauthSetting");
    parameter.put("oAuthSettings", settings);
    String displayName = values.string(a, "displayName");
    if (!displayName.isEmpty()) {
      parameter.put(
          "uiDefinition",
          ui(
              displayName,
              values.string(a, "description"),
              values.string(a, "tooltip"),
              constraints(true, false, null, 0)));
    }
    if (authorizationUrl.isEmpty() && provider.equals("aad")) {
      // The endpoints the aad provider signs in at, from its loginUri and tenantId settings.
      String login = customValue(custom, "loginUri", "https://login.microsoftonline.com");
      String tenant = customValue(custom, "tenantId", "common");
      authorizationUrl = login + "/" + tenant + "/oauth2/authorize";
      tokenUrl = login + "/" + tenant + "/oauth2/token";
    }
    return new OAuthSettings(
        parameter, authorizationUrl.isEmpty() ? null : authorizationUrl, tokenUrl);
  }

  private Map<String, Object> connectionParameter(AnnotationMirror p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", ConnectionParameterType.valueOf(values.enumName(p, "type")).value());
    Map<String, Object> ui =
        ui(
            values.string(p, "displayName"),
            values.string(p, "description"),
            values.string(p, "tooltip"),
            constraints(
                values.bool(p, "required"),
                values.bool(p, "hidden"),
                values.enumName(p, "type").equals("SECURESTRING")
                    ? values.bool(p, "clearText")
                    : null,
                values.integer(p, "tabIndex")));
    List<Object> allowed = new ArrayList<>();
    for (AnnotationMirror v : values.annotations(p, "allowedValues")) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("text", values.string(v, "text"));
      entry.put("value", values.string(v, "value"));
      allowed.add(entry);
    }
    if (!allowed.isEmpty()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> c = (Map<String, Object>) ui.get("constraints");
      c.put("allowedValues", allowed);
    }
    out.put("uiDefinition", ui);
    String sourceType = values.string(p, "sourceType");
    if (!sourceType.isEmpty()) {
      out.put("metadata", Map.of("sourceType", sourceType));
    }
    return out;
  }

  private Map<String, Object> sets(
      AnnotationMirror a,
      Origin at,
      String connectorId,
      Map<String, Object> definitions,
      List<Object> security) {
    List<Object> sets = new ArrayList<>();
    for (AnnotationMirror set : values.annotations(a, "value")) {
      Map<String, Object> parameters = new LinkedHashMap<>();
      int auths = 0;
      for (String kind : List.of("apiKey", "basic", "oauth")) {
        for (AnnotationMirror auth : values.annotations(set, kind)) {
          auths++;
          String annotation =
              kind.equals("apiKey") ? "ApiKeyAuth" : kind.equals("basic") ? "BasicAuth" : "OAuth2";
          authentication(
              annotation,
              auth,
              Origin.of(at.element(), auth),
              connectorId,
              definitions,
              security,
              parameters);
        }
      }
      if (auths > 1) {
        diagnostics.report(
            Message.CONNECTION_SET_NOT_VALID,
            Origin.of(at.element(), set),
            values.string(set, "name"));
      }
      // Multi-auth requires uiDefinition.constraints.required on every parameter of a set.
      parameters.replaceAll(
          (name, p) ->
              p instanceof Map<?, ?> m && !m.containsKey("uiDefinition")
                  ? withUi(
                      m,
                      ui(
                          values.string(set, "displayName"),
                          values.string(set, "description"),
                          "",
                          constraints(true, false, null, 0)))
                  : p);
      for (AnnotationMirror p : values.annotations(set, "parameters")) {
        parameters.put(values.string(p, "name"), connectionParameter(p));
      }
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("name", values.string(set, "name"));
      value.put(
          "uiDefinition",
          ui(values.string(set, "displayName"), values.string(set, "description"), "", null));
      value.put("parameters", parameters);
      sets.add(value);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "uiDefinition",
        ui(values.string(a, "displayName"), values.string(a, "description"), "", null));
    out.put("values", sets);
    return out;
  }

  private static Map<String, Object> withUi(Map<?, ?> parameter, Map<String, Object> ui) {
    Map<String, Object> out = new LinkedHashMap<>();
    parameter.forEach((k, v) -> out.put((String) k, v));
    out.put("uiDefinition", ui);
    return out;
  }

  private static Map<String, Object> secureField(
      String displayName, String description, String tooltip, int tabIndex, boolean clearText) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "securestring");
    out.put(
        "uiDefinition",
        ui(displayName, description, tooltip, constraints(true, false, clearText, tabIndex)));
    return out;
  }

  private static Map<String, Object> ui(
      String displayName, String description, String tooltip, Map<String, Object> constraints) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("displayName", displayName);
    out.put("description", description);
    if (!tooltip.isEmpty()) {
      out.put("tooltip", tooltip);
    }
    if (constraints != null) {
      out.put("constraints", constraints);
    }
    return out;
  }

  private static Map<String, Object> constraints(
      boolean required, boolean hidden, Boolean clearText, int tabIndex) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (tabIndex > 0) {
      out.put("tabIndex", tabIndex);
    }
    if (clearText != null) {
      out.put("clearText", clearText);
    }
    out.put("required", Boolean.toString(required));
    if (hidden) {
      out.put("hidden", "true");
    }
    return out;
  }

  private static String customValue(Map<String, Object> custom, String name, String fallback) {
    return custom.get(name) instanceof Map<?, ?> m && m.get("value") instanceof String v
        ? v.replaceAll("/+$", "")
        : fallback;
  }

  /** Puts a connection parameter unless its name is empty (written by another annotation). */
  private static void putIfNamed(Map<String, Object> parameters, String name, Object value) {
    if (!name.isEmpty()) {
      parameters.put(name, value);
    }
  }

  private static void putValue(Map<String, Object> custom, String name, String value) {
    if (!value.isEmpty()) {
      custom.put(name, Map.of("value", value));
    }
  }

  private List<AnnotationMirror> repeated(TypeElement e, String single, String container) {
    List<AnnotationMirror> out = new ArrayList<>();
    find(e, Names.CK + single).ifPresent(out::add);
    find(e, Names.CK + container).ifPresent(c -> out.addAll(values.annotations(c, "value")));
    return out;
  }
}
