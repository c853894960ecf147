package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.AnnotationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code @ConnectionParameter} for a connection parameter, and the JSON the processor writes for
 * one ({@code AuthReader.connectionParameter} and {@code secureField}), to compare with the
 * original.
 */
final class ConnectionParameterBuilder {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Map<String, String> TYPES =
      Map.of(
          "string",
          "STRING",
          "securestring",
          "SECURESTRING",
          "int",
          "INT",
          "bool",
          "BOOL",
          "gatewaySetting",
          "GATEWAY_SETTING");

  private ConnectionParameterBuilder() {}

  /** The annotation, or null when the parameter's type has no annotation (oauthSetting). */
  static AnnotationSpec build(String name, JsonNode p) {
    String type = AuthAnnotations.text(p, "type");
    if (type == null || !TYPES.containsKey(type)) {
      return null;
    }
    JsonNode ui = p.path("uiDefinition");
    JsonNode c = ui.path("constraints");
    AnnotationSpec.Builder b =
        AnnotationSpec.builder(Annotations.ck("ConnectionParameter")).addMember("name", "$S", name);
    if (!type.equals("string")) {
      b.addMember("type", "$T.$L", Annotations.ck("ConnectionParameterType"), TYPES.get(type));
    }
    String displayName = AuthAnnotations.text(ui, "displayName");
    String description = AuthAnnotations.text(ui, "description");
    String tooltip = AuthAnnotations.text(ui, "tooltip");
    Annotations.string(b, "displayName", displayName, "");
    Annotations.string(b, "description", description, "");
    Annotations.string(b, "tooltip", tooltip, "");
    boolean required = !"false".equals(AuthAnnotations.text(c, "required"));
    if (!required) {
      b.addMember("required", "false");
    }
    boolean hidden = "true".equals(AuthAnnotations.text(c, "hidden"));
    if (hidden) {
      b.addMember("hidden", "true");
    }
    boolean clearText = c.path("clearText").asBoolean(false);
    if (clearText) {
      b.addMember("clearText", "true");
    }
    int tabIndex = c.path("tabIndex").asInt(0);
    if (tabIndex > 0) {
      b.addMember("tabIndex", "$L", tabIndex);
    }
    List<AnnotationSpec> allowed = new ArrayList<>();
    for (JsonNode v : c.path("allowedValues")) {
      allowed.add(
          AnnotationSpec.builder(Annotations.ck("AllowedValue"))
              .addMember("text", "$S", v.path("text").asText())
              .addMember("value", "$S", v.path("value").asText())
              .build());
    }
    if (!allowed.isEmpty()) {
      Annotations.annotations(b, "allowedValues", allowed);
    }
    String sourceType = AuthAnnotations.text(p, "metadata", "sourceType");
    Annotations.string(b, "sourceType", sourceType, "");
    return b.build();
  }

  /** What the processor writes for the annotation {@link #build} made. */
  static ObjectNode written(JsonNode p) {
    String type = AuthAnnotations.text(p, "type");
    JsonNode ui = p.path("uiDefinition");
    JsonNode c = ui.path("constraints");
    ObjectNode out = JSON.objectNode();
    out.put("type", type);
    ObjectNode predictedUi =
        AuthAnnotations.ui(
            str(ui, "displayName"), str(ui, "description"), AuthAnnotations.text(ui, "tooltip"));
    ObjectNode constraints = predictedUi.putObject("constraints");
    int tabIndex = c.path("tabIndex").asInt(0);
    if (tabIndex > 0) {
      constraints.put("tabIndex", tabIndex);
    }
    if ("securestring".equals(type)) {
      constraints.put("clearText", c.path("clearText").asBoolean(false));
    }
    constraints.put(
        "required", "false".equals(AuthAnnotations.text(c, "required")) ? "false" : "true");
    if ("true".equals(AuthAnnotations.text(c, "hidden"))) {
      constraints.put("hidden", "true");
    }
    if (c.has("allowedValues")) {
      constraints.set("allowedValues", c.get("allowedValues"));
    }
    out.set("uiDefinition", predictedUi);
    String sourceType = AuthAnnotations.text(p, "metadata", "sourceType");
    if (sourceType != null && !sourceType.isEmpty()) {
      out.set("metadata", JSON.objectNode().put("sourceType", sourceType));
    }
    return out;
  }

  /** The processor's {@code secureField}: a securestring with tab index and clear-text flag. */
  static ObjectNode secureField(
      String displayName, String description, String tooltip, int tabIndex, boolean clearText) {
    ObjectNode out = JSON.objectNode();
    out.put("type", "securestring");
    ObjectNode ui = AuthAnnotations.ui(displayName, description, tooltip);
    ObjectNode c = ui.putObject("constraints");
    c.put("tabIndex", tabIndex);
    c.put("clearText", clearText);
    c.put("required", "true");
    out.set("uiDefinition", ui);
    return out;
  }

  private static String str(JsonNode n, String key) {
    String s = AuthAnnotations.text(n, key);
    return s == null ? "" : s;
  }
}
