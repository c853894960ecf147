package dev.connectorkit.processor.read;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.ParameterRef;
import dev.connectorkit.processor.model.SourcedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;

/**
 * Builds the JSON shapes of the dynamic extensions from their annotations: {@code
 * x-ms-dynamic-values}, {@code -list}, {@code -schema}, {@code -properties} and {@code -tree}, and
 * the connector's file picker. Operation names stay {@link OperationRef}s and parameter references
 * {@link ParameterRef}s until linked; each key remembers the annotation value it came from.
 */
final class DynamicCalls {
  private final AnnotationValues values;
  private final Diagnostics diagnostics;

  DynamicCalls(AnnotationValues values, Diagnostics diagnostics) {
    this.values = values;
    this.diagnostics = diagnostics;
  }

  /** {@code x-ms-dynamic-values}. */
  SourcedMap values(AnnotationMirror a, Origin at) {
    SourcedMap out = new SourcedMap();
    String operation = values.string(a, "operation");
    boolean platform =
        !values.string(a, "capability").isEmpty()
            || !values.string(a, "builtInOperation").isEmpty();
    if (!operation.isEmpty() || !platform) {
      // Without a capability or built-in operation, an operation is needed: "" is unknown.
      out.put("operationId", new OperationRef(operation, at.member("operation")));
    }
    put(out, "capability", a, "capability", at);
    put(out, "builtInOperation", a, "builtInOperation", at);
    SourcedMap params = classicArgs(a, at);
    if (!params.isEmpty()) {
      out.put("parameters", params);
    }
    put(out, "value-collection", a, "collection", at);
    put(out, "value-path", a, "valuePath", at);
    put(out, "value-title", a, "titlePath", at);
    return out;
  }

  /** {@code x-ms-dynamic-list} derived from {@code @DynamicValues(withDynamicList = true)}. */
  SourcedMap listFromValues(AnnotationMirror a, Origin at) {
    return list(a, at, "collection", "valuePath", "titlePath");
  }

  /** {@code x-ms-dynamic-list}. */
  SourcedMap list(AnnotationMirror a, Origin at) {
    return list(a, at, "itemsPath", "itemValuePath", "itemTitlePath");
  }

  private SourcedMap list(
      AnnotationMirror a, Origin at, String itemsPath, String valuePath, String titlePath) {
    SourcedMap out = new SourcedMap();
    out.put("operationId", new OperationRef(values.string(a, "operation"), at.member("operation")));
    SourcedMap params = modernArgs(a, at);
    if (!params.isEmpty()) {
      out.put("parameters", params);
    }
    put(out, "itemsPath", a, itemsPath, at);
    put(out, "itemValuePath", a, valuePath, at);
    put(out, "itemTitlePath", a, titlePath, at);
    return out;
  }

  /** {@code x-ms-dynamic-schema}. */
  SourcedMap schema(AnnotationMirror a, Origin at) {
    SourcedMap out = new SourcedMap();
    out.put("operationId", new OperationRef(values.string(a, "operation"), at.member("operation")));
    SourcedMap params = classicArgs(a, at);
    if (!params.isEmpty()) {
      out.put("parameters", params);
    }
    put(out, "value-path", a, "valuePath", at);
    return out;
  }

  /**
   * {@code x-ms-dynamic-properties}, from its own annotation ({@code itemValuePath}) or from a
   * dynamic schema's ({@code valuePath}).
   */
  SourcedMap properties(AnnotationMirror a, Origin at, String itemValuePathMember) {
    SourcedMap out = new SourcedMap();
    out.put("operationId", new OperationRef(values.string(a, "operation"), at.member("operation")));
    SourcedMap params = modernArgs(a, at);
    if (!params.isEmpty()) {
      out.put("parameters", params);
    }
    put(out, "itemValuePath", a, itemValuePathMember, at);
    return out;
  }

  /** {@code x-ms-dynamic-tree}. */
  Map<String, Object> tree(AnnotationMirror a, Origin at) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("canSelectParentNodes", values.bool(a, "canSelectParentNodes"));
    settings.put("canSelectLeafNodes", values.bool(a, "canSelectLeafNodes"));
    out.put("settings", settings);
    AnnotationMirror open = values.annotation(a, "open");
    out.put("open", treeCall(open, Origin.of(at.element(), open)));
    AnnotationMirror browse = values.annotation(a, "browse");
    if (!values.string(browse, "operation").isEmpty()) {
      out.put("browse", treeCall(browse, Origin.of(at.element(), browse)));
    }
    return out;
  }

  /** One {@code open} or {@code browse} call of a tree, at its own annotation. */
  SourcedMap treeCall(AnnotationMirror call, Origin at) {
    SourcedMap out = new SourcedMap();
    out.put(
        "operationId", new OperationRef(values.string(call, "operation"), at.member("operation")));
    SourcedMap params = modernArgs(call, at);
    if (!params.isEmpty()) {
      out.put("parameters", params);
    }
    for (String key :
        new String[] {
          "itemsPath", "itemValuePath", "itemTitlePath", "itemFullTitlePath", "itemIsParent"
        }) {
      put(out, key, call, key, at);
    }
    return out;
  }

  /**
   * One {@code open} or {@code browse} call of the file picker: only the operation and its
   * arguments, which the picker's own value properties complete.
   */
  SourcedMap pickerCall(AnnotationMirror call, Origin at) {
    SourcedMap out = new SourcedMap();
    out.put(
        "operationId", new OperationRef(values.string(call, "operation"), at.member("operation")));
    SourcedMap params = modernArgs(call, at);
    if (!params.isEmpty()) {
      out.put("parameters", params);
    }
    return out;
  }

  /** Version-1 arguments: a literal, or {@code {"parameter": name}}. */
  SourcedMap classicArgs(AnnotationMirror a, Origin at) {
    return classicArgs(a, "parameters", at);
  }

  /** Version-1 arguments from the named {@code Arg[]} member. */
  SourcedMap classicArgs(AnnotationMirror a, String member, Origin at) {
    SourcedMap out = new SourcedMap();
    for (AnnotationMirror arg : values.annotations(a, member)) {
      Origin argAt = Origin.of(at.element(), arg);
      String parameter = values.string(arg, "parameter");
      out.put(
          values.string(arg, "name"),
          parameter.isEmpty()
              ? literal(arg, argAt)
              : Map.of(
                  "parameter", new ParameterRef(parameter, false, null, argAt.member("parameter"))),
          argAt.member("name"));
    }
    return out;
  }

  /** Version-2 arguments: {@code {"value": ...}}, {@code {"parameterReference": ...}} and kin. */
  SourcedMap modernArgs(AnnotationMirror a, Origin at) {
    SourcedMap out = new SourcedMap();
    for (AnnotationMirror arg : values.annotations(a, "parameters")) {
      Origin argAt = Origin.of(at.element(), arg);
      String parameter = values.string(arg, "parameter");
      Object value;
      if (parameter.isEmpty()) {
        value = Map.of("value", literal(arg, argAt));
      } else if (parameter.startsWith("selectedItemValuePath:")) {
        value = Map.of("selectedItemValuePath", parameter.substring(22));
      } else if (parameter.startsWith("value-property:")) {
        value = Map.of("value-property", parameter.substring(15));
      } else {
        value =
            Map.of(
                "parameterReference",
                new ParameterRef(parameter, true, null, argAt.member("parameter")));
      }
      out.put(values.string(arg, "name"), value, argAt.member("name"));
    }
    return out;
  }

  private Object literal(AnnotationMirror arg, Origin argAt) {
    String json = values.string(arg, "json");
    return json.isEmpty()
        ? values.string(arg, "value")
        : JsonLiterals.parse(json, argAt.member("json"), diagnostics);
  }

  /** Puts a non-empty string member under a key, remembering where it was written. */
  private void put(SourcedMap out, String key, AnnotationMirror a, String member, Origin at) {
    String value = values.string(a, member);
    if (!value.isEmpty()) {
      out.put(key, value, at.member(member));
    }
  }

  static void putIfNotEmpty(Map<String, Object> out, String key, String value) {
    if (!value.isEmpty()) {
      out.put(key, value);
    }
  }
}
