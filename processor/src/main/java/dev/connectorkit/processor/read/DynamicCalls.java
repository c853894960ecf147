package dev.connectorkit.processor.read;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Origin;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/**
 * Builds the JSON shapes of the dynamic extensions from their annotations: {@code
 * x-ms-dynamic-values}, {@code -list}, {@code -schema}, {@code -properties} and {@code -tree}, and
 * the connector's file picker. Operation names stay {@link OperationRef}s until linked.
 */
final class DynamicCalls {
  private final AnnotationValues values;
  private final Diagnostics diagnostics;

  DynamicCalls(AnnotationValues values, Diagnostics diagnostics) {
    this.values = values;
    this.diagnostics = diagnostics;
  }

  /** {@code x-ms-dynamic-values}. */
  Map<String, Object> values(AnnotationMirror a, Origin at) {
    Map<String, Object> out = new LinkedHashMap<>();
    String operation = values.string(a, "operation");
    String capability = values.string(a, "capability");
    String builtIn = values.string(a, "builtInOperation");
    if (!operation.isEmpty()) {
      out.put("operationId", new OperationRef(operation, at.member("operation")));
    }
    putIfNotEmpty(out, "capability", capability);
    putIfNotEmpty(out, "builtInOperation", builtIn);
    Map<String, Object> params = classicArgs(a, at);
    if (!params.isEmpty()) {
      out.put("parameters", params);
    }
    putIfNotEmpty(out, "value-collection", values.string(a, "collection"));
    putIfNotEmpty(out, "value-path", values.string(a, "valuePath"));
    putIfNotEmpty(out, "value-title", values.string(a, "titlePath"));
    return out;
  }

  /** {@code x-ms-dynamic-list} derived from {@code @DynamicValues(withDynamicList = true)}. */
  Map<String, Object> listFromValues(AnnotationMirror a, Origin at) {
    return list(at.member("operation"), values.string(a, "operation"), a, at,
        values.string(a, "collection"), values.string(a, "valuePath"),
        values.string(a, "titlePath"));
  }

  /** {@code x-ms-dynamic-list}. */
  Map<String, Object> list(AnnotationMirror a, Origin at) {
    return list(at.member("operation"), values.string(a, "operation"), a, at,
        values.string(a, "itemsPath"), values.string(a, "itemValuePath"),
        values.string(a, "itemTitlePath"));
  }

  private Map<String, Object> list(Origin opAt, String operation, AnnotationMirror a, Origin at,
      String itemsPath, String valuePath, String titlePath) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("operationId", new OperationRef(operation, opAt));
    Map<String, Object> params = modernArgs(a, at);
    if (!params.isEmpty()) {
      out.put("parameters", params);
    }
    putIfNotEmpty(out, "itemsPath", itemsPath);
    putIfNotEmpty(out, "itemValuePath", valuePath);
    putIfNotEmpty(out, "itemTitlePath", titlePath);
    return out;
  }

  /** {@code x-ms-dynamic-schema}. */
  Map<String, Object> schema(AnnotationMirror a, Origin at) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("operationId", new OperationRef(values.string(a, "operation"), at.member("operation")));
    Map<String, Object> params = classicArgs(a, at);
    if (!params.isEmpty()) {
      out.put("parameters", params);
    }
    putIfNotEmpty(out, "value-path", values.string(a, "valuePath"));
    return out;
  }

  /** {@code x-ms-dynamic-properties}, from its own annotation or from a dynamic schema's. */
  Map<String, Object> properties(AnnotationMirror a, Origin at, String itemValuePath) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("operationId", new OperationRef(values.string(a, "operation"), at.member("operation")));
    Map<String, Object> params = modernArgs(a, at);
    if (!params.isEmpty()) {
      out.put("parameters", params);
    }
    putIfNotEmpty(out, "itemValuePath", itemValuePath);
    return out;
  }

  /** {@code x-ms-dynamic-tree}. */
  Map<String, Object> tree(AnnotationMirror a, Origin at) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("canSelectParentNodes", values.bool(a, "canSelectParentNodes"));
    settings.put("canSelectLeafNodes", values.bool(a, "canSelectLeafNodes"));
    out.put("settings", settings);
    out.put("open", treeCall(values.annotation(a, "open"), at.member("open")));
    AnnotationMirror browse = values.annotation(a, "browse");
    if (!values.string(browse, "operation").isEmpty()) {
      out.put("browse", treeCall(browse, at.member("browse")));
    }
    return out;
  }

  /** One {@code open} or {@code browse} call of a tree or file picker. */
  Map<String, Object> treeCall(AnnotationMirror call, Origin at) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("operationId", new OperationRef(values.string(call, "operation"), at));
    Map<String, Object> params = modernArgs(call, at);
    if (!params.isEmpty()) {
      out.put("parameters", params);
    }
    for (String key : new String[] {"itemsPath", "itemValuePath", "itemTitlePath",
        "itemFullTitlePath", "itemIsParent"}) {
      putIfNotEmpty(out, key, values.string(call, key));
    }
    return out;
  }

  /** Version-1 arguments: a literal, or {@code {"parameter": name}}. */
  Map<String, Object> classicArgs(AnnotationMirror a, Origin at) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (AnnotationMirror arg : values.annotations(a, "parameters")) {
      String parameter = values.string(arg, "parameter");
      out.put(values.string(arg, "name"),
          parameter.isEmpty() ? literal(arg, at) : Map.of("parameter", parameter));
    }
    return out;
  }

  /** Version-2 arguments: {@code {"value": ...}}, {@code {"parameterReference": ...}} and kin. */
  Map<String, Object> modernArgs(AnnotationMirror a, Origin at) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (AnnotationMirror arg : values.annotations(a, "parameters")) {
      String parameter = values.string(arg, "parameter");
      Object value;
      if (parameter.isEmpty()) {
        value = Map.of("value", literal(arg, at));
      } else if (parameter.startsWith("selectedItemValuePath:")) {
        value = Map.of("selectedItemValuePath", parameter.substring(22));
      } else if (parameter.startsWith("value-property:")) {
        value = Map.of("value-property", parameter.substring(15));
      } else {
        value = Map.of("parameterReference", parameter);
      }
      out.put(values.string(arg, "name"), value);
    }
    return out;
  }

  private Object literal(AnnotationMirror arg, Origin at) {
    String json = values.string(arg, "json");
    return json.isEmpty() ? values.string(arg, "value")
        : JsonLiterals.parse(json, Origin.of(at.element(), arg).member("json"), diagnostics);
  }

  static void putIfNotEmpty(Map<String, Object> out, String key, String value) {
    if (!value.isEmpty()) {
      out.put(key, value);
    }
  }
}
