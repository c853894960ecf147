package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.AnnotationSpec;
import dev.connectorkit.importer.compare.JsonEquality;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The dynamic extensions ({@code x-ms-dynamic-values}, {@code -list}, {@code -schema}, {@code
 * -properties}, {@code -tree}) as ConnectorKit annotations. Each conversion predicts the JSON the
 * processor will write from the annotation and keeps the annotation only if that is exactly the
 * original; otherwise the caller writes the extension raw.
 */
final class DynamicAnnotations {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final UnaryOperator<String> importedId;

  /**
   * {@code importedId} gives the id an operation has in the imported code (changed where the
   * processor refuses the original), or null for an operation that does not exist.
   */
  DynamicAnnotations(UnaryOperator<String> importedId) {
    this.importedId = importedId;
  }

  /** {@code @DynamicValues}, with {@code withDynamicList} when the list is the derived one. */
  AnnotationSpec values(JsonNode v, JsonNode list) {
    if (!hasOnly(
        v,
        Set.of(
            "operationId",
            "capability",
            "builtInOperation",
            "parameters",
            "value-collection",
            "value-path",
            "value-title"))) {
      return null;
    }
    AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck("DynamicValues"));
    ObjectNode predicted = JSON.objectNode();
    String op = text(v, "operationId");
    String target = op == null ? null : importedId.apply(op);
    if (op != null && target == null) {
      return null;
    }
    putString(b, predicted, "operation", "operationId", target);
    putString(b, predicted, "capability", "capability", text(v, "capability"));
    putString(b, predicted, "builtInOperation", "builtInOperation", text(v, "builtInOperation"));
    List<AnnotationSpec> args = classicArgs(v.get("parameters"), predicted);
    if (args == null) {
      return null;
    }
    if (!args.isEmpty()) {
      Annotations.annotations(b, "parameters", args);
    }
    putString(b, predicted, "collection", "value-collection", text(v, "value-collection"));
    putString(b, predicted, "valuePath", "value-path", text(v, "value-path"));
    putString(b, predicted, "titlePath", "value-title", text(v, "value-title"));
    if (!JsonEquality.equal(predicted, referring(v, target))) {
      return null;
    }
    if (list != null && op != null && JsonEquality.equal(derivedList(v), list)) {
      b.addMember("withDynamicList", "true");
    }
    return b.build();
  }

  /** Whether a dynamic list is the one {@code withDynamicList} derives from the values. */
  boolean isDerivedList(JsonNode values, JsonNode list) {
    return values != null
        && list != null
        && values.has("operationId")
        && JsonEquality.equal(derivedList(values), list);
  }

  private ObjectNode derivedList(JsonNode v) {
    ObjectNode out = JSON.objectNode();
    out.put("operationId", text(v, "operationId"));
    modernParameters(v, out);
    copy(v, "value-collection", out, "itemsPath");
    copy(v, "value-path", out, "itemValuePath");
    copy(v, "value-title", out, "itemTitlePath");
    return out;
  }

  /**
   * The classic call's {@code parameters} ({@code {"parameter": name}} or a literal) as the modern
   * form ({@code parameterReference} or {@code value}) under {@code out}, if it has any.
   */
  private static void modernParameters(JsonNode v, ObjectNode out) {
    JsonNode params = v.get("parameters");
    if (params == null || !params.isObject() || params.isEmpty()) {
      return;
    }
    ObjectNode modern = out.putObject("parameters");
    params
        .properties()
        .forEach(
            e -> {
              JsonNode a = e.getValue();
              boolean ref = a.isObject() && a.size() == 1 && a.has("parameter");
              modern.set(
                  e.getKey(),
                  ref
                      ? JSON.objectNode().set("parameterReference", a.get("parameter"))
                      : JSON.objectNode().set("value", a));
            });
  }

  /** {@code @DynamicList}. */
  AnnotationSpec list(JsonNode v) {
    return call(
        "DynamicList",
        v,
        Set.of("operationId", "parameters", "itemsPath", "itemValuePath", "itemTitlePath"),
        List.of("itemsPath", "itemValuePath", "itemTitlePath"),
        List.of("itemsPath", "itemValuePath", "itemTitlePath"),
        false);
  }

  /** {@code @DynamicSchema}, with {@code withDynamicProperties} when those are derived. */
  AnnotationSpec schema(JsonNode v, JsonNode properties) {
    AnnotationSpec base =
        call(
            "DynamicSchema",
            v,
            Set.of("operationId", "parameters", "value-path"),
            List.of("value-path"),
            List.of("valuePath"),
            true);
    if (base == null || properties == null) {
      return base;
    }
    ObjectNode derived = JSON.objectNode();
    derived.set("operationId", v.get("operationId"));
    modernParameters(v, derived);
    copy(v, "value-path", derived, "itemValuePath");
    if (!JsonEquality.equal(derived, properties)) {
      return base;
    }
    return base.toBuilder().addMember("withDynamicProperties", "true").build();
  }

  /** Whether dynamic properties are what {@code withDynamicProperties} derives. */
  boolean isDerivedProperties(JsonNode schema, JsonNode properties) {
    AnnotationSpec s = schema == null ? null : schema(schema, properties);
    return s != null && s.members().containsKey("withDynamicProperties");
  }

  /** {@code @DynamicProperties}. */
  AnnotationSpec properties(JsonNode v) {
    return call(
        "DynamicProperties",
        v,
        Set.of("operationId", "parameters", "itemValuePath"),
        List.of("itemValuePath"),
        List.of("itemValuePath"),
        false);
  }

  private AnnotationSpec call(
      String annotation,
      JsonNode v,
      Set<String> keys,
      List<String> jsonKeys,
      List<String> members,
      boolean classic) {
    if (!hasOnly(v, keys)) {
      return null;
    }
    String op = text(v, "operationId");
    String target = op == null ? null : importedId.apply(op);
    if (target == null) {
      return null;
    }
    AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck(annotation));
    ObjectNode predicted = JSON.objectNode();
    putString(b, predicted, "operation", "operationId", target);
    List<AnnotationSpec> args =
        classic
            ? classicArgs(v.get("parameters"), predicted)
            : modernArgs(v.get("parameters"), predicted);
    if (args == null) {
      return null;
    }
    if (!args.isEmpty()) {
      Annotations.annotations(b, "parameters", args);
    }
    for (int i = 0; i < jsonKeys.size(); i++) {
      putString(b, predicted, members.get(i), jsonKeys.get(i), text(v, jsonKeys.get(i)));
    }
    return JsonEquality.equal(predicted, referring(v, target)) ? b.build() : null;
  }

  /** A dynamic extension written raw, referring to its operation by the operation's imported id. */
  JsonNode retarget(JsonNode v) {
    String op = v == null || !v.isObject() ? null : text(v, "operationId");
    return op == null ? v : referring(v, importedId.apply(op));
  }

  /**
   * The extension as it is once it refers to the operation by its imported id: an id the processor
   * refuses is changed, and the references follow it so that they do not point at nothing.
   */
  private static JsonNode referring(JsonNode v, String target) {
    if (target == null || target.equals(text(v, "operationId"))) {
      return v;
    }
    return ((ObjectNode) v.deepCopy()).put("operationId", target);
  }

  /** Version-1 arguments: a string, a JSON literal, or {@code {"parameter": name}}. */
  private List<AnnotationSpec> classicArgs(JsonNode params, ObjectNode predicted) {
    List<AnnotationSpec> out = new ArrayList<>();
    if (params == null) {
      return out;
    }
    if (!params.isObject() || params.isEmpty()) {
      return null;
    }
    ObjectNode written = predicted.putObject("parameters");
    for (Map.Entry<String, JsonNode> e : params.properties()) {
      JsonNode a = e.getValue();
      AnnotationSpec.Builder arg =
          AnnotationSpec.builder(Annotations.ck("Arg")).addMember("name", "$S", e.getKey());
      if (a.isObject() && a.size() == 1 && a.has("parameter") && a.get("parameter").isTextual()) {
        if (a.get("parameter").asText().contains(".")) {
          // A dotted path into the body ("connections.id"), which Power Platform follows but the
          // processor refuses as naming no parameter: the caller writes the extension raw.
          return null;
        }
        arg.addMember("parameter", "$S", a.get("parameter").asText());
      } else if (a.isTextual()) {
        arg.addMember("value", "$S", a.asText());
      } else {
        arg.addMember("json", "$S", a.toString());
      }
      written.set(e.getKey(), a);
      out.add(arg.build());
    }
    return out;
  }

  /** Version-2 arguments: {@code {"value": ...}} or {@code {"parameterReference": ...}}. */
  List<AnnotationSpec> modernArgs(JsonNode params, ObjectNode predicted) {
    List<AnnotationSpec> out = new ArrayList<>();
    if (params == null) {
      return out;
    }
    if (!params.isObject() || params.isEmpty()) {
      return null;
    }
    ObjectNode written = predicted.putObject("parameters");
    for (Map.Entry<String, JsonNode> e : params.properties()) {
      JsonNode a = e.getValue();
      if (!a.isObject() || a.size() != 1) {
        return null;
      }
      AnnotationSpec.Builder arg =
          AnnotationSpec.builder(Annotations.ck("Arg")).addMember("name", "$S", e.getKey());
      String key = a.fieldNames().next();
      JsonNode value = a.get(key);
      switch (key) {
        case "value" ->
            arg.addMember(
                value.isTextual() ? "value" : "json",
                "$S",
                value.isTextual() ? value.asText() : value.toString());
        case "parameterReference" -> arg.addMember("parameter", "$S", value.asText());
        case "selectedItemValuePath" ->
            arg.addMember("parameter", "$S", "selectedItemValuePath:" + value.asText());
        case "value-property" ->
            arg.addMember("parameter", "$S", "value-property:" + value.asText());
        default -> {
          return null;
        }
      }
      if (!key.equals("value") && !value.isTextual()) {
        return null;
      }
      written.set(e.getKey(), a);
      out.add(arg.build());
    }
    return out;
  }

  static boolean hasOnly(JsonNode v, Set<String> keys) {
    if (v == null || !v.isObject()) {
      return false;
    }
    for (var it = v.fieldNames(); it.hasNext(); ) {
      if (!keys.contains(it.next())) {
        return false;
      }
    }
    return true;
  }

  static String text(JsonNode v, String key) {
    JsonNode t = v.get(key);
    return t != null && t.isTextual() ? t.asText() : null;
  }

  /** Sets a member and its predicted key when the value is non-empty (the processor's rule). */
  private static void putString(
      AnnotationSpec.Builder b, ObjectNode predicted, String member, String key, String value) {
    if (value != null && !value.isEmpty()) {
      b.addMember(member, "$S", value);
      predicted.put(key, value);
    }
  }

  private static void copy(JsonNode from, String key, ObjectNode to, String as) {
    String v = text(from, key);
    if (v != null && !v.isEmpty()) {
      to.put(as, v);
    }
  }
}
