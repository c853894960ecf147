package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Adds what Power Platform says about a single value (a parameter, a model property, a response) to
 * its schema: dynamic pickers and schemas, editor, media kind, test value, example, format and
 * title overrides, the notification URL flag and {@code @Extension}s.
 */
final class ValueExtensionReader {
  private static final Set<String> VALUE_ANNOTATIONS =
      Set.of(
          Names.CK + "DynamicValues",
          Names.CK + "DynamicList",
          Names.CK + "DynamicSchema",
          Names.CK + "DynamicProperties",
          Names.CK + "DynamicTree",
          Names.CK + "Editor",
          Names.CK + "MediaKind",
          Names.CK + "TestValue",
          Names.CK + "Example",
          Names.CK + "Format",
          Names.CK + "Title",
          Names.CK + "NotificationUrl",
          Names.CK + "TriggerValue",
          Names.CK + "LocalizeDefault");
  private static final Set<String> EXTENSIONS =
      Set.of(Names.CK + "Extension", Names.CK + "Extensions");
  private final AnnotationValues values;
  private final DynamicCalls calls;
  private final Diagnostics diagnostics;

  ValueExtensionReader(AnnotationValues values, Diagnostics diagnostics) {
    this.values = values;
    this.calls = new DynamicCalls(values, diagnostics);
    this.diagnostics = diagnostics;
  }

  /** Whether any of the elements carries something this reader writes. */
  boolean hasAny(List<? extends Element> carriers) {
    return omitsType(carriers) || hasAny(carriers, true);
  }

  /**
   * Whether a method carries something this reader writes on its response; its {@code @Extension}s
   * belong to the operation.
   */
  boolean hasResponseAny(Element method) {
    return omitsType(List.of(method)) || hasAny(List.of(method), false);
  }

  /** Whether {@code @Omit(SwaggerKey.TYPE)} leaves the schema's {@code type} out. */
  private boolean omitsType(List<? extends Element> carriers) {
    return SwaggerKeys.of(values, carriers, Names.OMIT).contains("type");
  }

  private static boolean hasAny(List<? extends Element> carriers, boolean withExtensions) {
    // One pass over each element's annotations (this runs for every property and parameter).
    for (Element e : carriers) {
      for (AnnotationMirror a : e.getAnnotationMirrors()) {
        String name = AnnotationValues.qualifiedName(a);
        if (VALUE_ANNOTATIONS.contains(name) || withExtensions && EXTENSIONS.contains(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The schema with the first carrier's annotations of each kind applied. */
  Schema apply(Schema schema, List<? extends Element> carriers) {
    return apply(schema, carriers, true);
  }

  /**
   * A non-body parameter's schema with its annotations applied; a callback URL cannot be one, as
   * Power Platform fills it only inside a request body.
   */
  Schema applyToParameter(Schema schema, List<? extends Element> carriers) {
    first(carriers, "NotificationUrl")
        .ifPresent(a -> diagnostics.report(Message.NOTIFICATION_URL_POSITION, a.origin));
    return apply(schema, carriers, true);
  }

  /**
   * A response schema with a method's annotations applied; the method's {@code @Extension}s belong
   * to the operation, not the response.
   */
  Schema applyToResponse(Schema schema, List<? extends Element> carriers) {
    return apply(schema, carriers, false);
  }

  private Schema apply(Schema schema, List<? extends Element> carriers, boolean withExtensions) {
    Schema.Builder b = schema.toBuilder();
    if (omitsType(carriers)) {
      b.type(null);
    }
    Map<String, Object> ext = new LinkedHashMap<>();
    first(carriers, "Format").ifPresent(a -> b.format(values.string(a.mirror, "value")));
    first(carriers, "Title").ifPresent(a -> b.title(values.string(a.mirror, "value")));
    first(carriers, "DynamicValues")
        .ifPresent(
            a -> {
              ext.put("x-ms-dynamic-values", calls.values(a.mirror, a.origin));
              if (values.bool(a.mirror, "withDynamicList")) {
                ext.put("x-ms-dynamic-list", calls.listFromValues(a.mirror, a.origin));
              }
            });
    first(carriers, "DynamicList")
        .ifPresent(a -> ext.put("x-ms-dynamic-list", calls.list(a.mirror, a.origin)));
    first(carriers, "DynamicSchema")
        .ifPresent(
            a -> {
              ext.put("x-ms-dynamic-schema", calls.schema(a.mirror, a.origin));
              if (values.bool(a.mirror, "withDynamicProperties")) {
                ext.put(
                    "x-ms-dynamic-properties", calls.properties(a.mirror, a.origin, "valuePath"));
              }
            });
    first(carriers, "DynamicProperties")
        .ifPresent(
            a ->
                ext.put(
                    "x-ms-dynamic-properties",
                    calls.properties(a.mirror, a.origin, "itemValuePath")));
    first(carriers, "DynamicTree")
        .ifPresent(a -> ext.put("x-ms-dynamic-tree", calls.tree(a.mirror, a.origin)));
    first(carriers, "NotificationUrl")
        .ifPresent(
            a -> {
              ext.put("x-ms-notification-url", true);
              b.visibility("internal");
              if (!"string".equals(schema.type())) {
                diagnostics.report(
                    Message.NOTIFICATION_URL_NOT_STRING,
                    a.origin,
                    schema.isRef() ? "an object" : "a JSON " + schema.type());
              }
            });
    first(carriers, "Editor")
        .ifPresent(
            a -> {
              editor(a.mirror, ext);
              if (values.string(a.mirror, "value").equals("dictionary")
                  && schema.additionalProperties() == null) {
                diagnostics.report(
                    Message.EDITOR_NOT_VALID,
                    a.origin.member("value"),
                    a.origin.element().getSimpleName());
              }
            });
    first(carriers, "MediaKind")
        .ifPresent(
            a ->
                ext.put(
                    "x-ms-media-kind",
                    values.enumName(a.mirror, "value").toLowerCase(Locale.ROOT)));
    first(carriers, "TestValue")
        .ifPresent(
            a -> {
              String json = values.string(a.mirror, "json");
              ext.put(
                  "x-ms-test-value",
                  json.isEmpty()
                      ? values.string(a.mirror, "value")
                      : JsonLiterals.parse(json, a.origin.member("json"), diagnostics));
            });
    first(carriers, "TriggerValue")
        .ifPresent(
            a -> {
              Map<String, Object> value = new LinkedHashMap<>();
              DynamicCalls.putIfNotEmpty(
                  value, "value-collection", values.string(a.mirror, "collection"));
              DynamicCalls.putIfNotEmpty(value, "value-path", values.string(a.mirror, "path"));
              ext.put("x-ms-trigger-value", value);
            });
    first(carriers, "LocalizeDefault").ifPresent(a -> ext.put("x-ms-localizeDefaultValue", true));
    first(carriers, "Example")
        .ifPresent(
            a -> {
              String json = values.string(a.mirror, "json");
              ext.put(
                  "example",
                  json.isEmpty()
                      ? values.string(a.mirror, "value")
                      : JsonLiterals.parse(json, a.origin.member("json"), diagnostics));
            });
    if (withExtensions) {
      extensions(carriers, ext);
    }
    ext.forEach(b::extension);
    return b.build();
  }

  private void editor(AnnotationMirror a, Map<String, Object> ext) {
    String editor = values.string(a, "value");
    if (!editor.isEmpty()) {
      ext.put("x-ms-editor", editor);
    }
    List<Object> items = new ArrayList<>();
    for (AnnotationMirror o : values.annotations(a, "options")) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("title", values.string(o, "title"));
      item.put("value", values.string(o, "value"));
      items.add(item);
    }
    if (!items.isEmpty()) {
      ext.put("x-ms-editor-options", Map.of("items", items));
    }
  }

  /** The {@code @Extension}s of the first carrier that has any, as key → parsed JSON. */
  void extensions(List<? extends Element> carriers, Map<String, Object> ext) {
    for (Element e : carriers) {
      List<AnnotationMirror> found = new ArrayList<>();
      find(e, Names.CK + "Extension").ifPresent(found::add);
      find(e, Names.CK + "Extensions").ifPresent(c -> found.addAll(values.annotations(c, "value")));
      for (AnnotationMirror x : found) {
        String name = values.string(x, "name");
        if (!name.startsWith("x-")) {
          diagnostics.report(
              Message.EXTENSION_NAME_NOT_VALID, Origin.of(e, x).member("name"), name, name);
          continue;
        }
        ext.put(
            name,
            JsonLiterals.parse(
                values.string(x, "json"), Origin.of(e, x).member("json"), diagnostics));
      }
      if (!found.isEmpty()) {
        return;
      }
    }
  }

  private Optional<Found> first(List<? extends Element> carriers, String simpleName) {
    for (Element e : carriers) {
      Optional<AnnotationMirror> a = find(e, Names.CK + simpleName);
      if (a.isPresent()) {
        return Optional.of(new Found(a.get(), Origin.of(e, a.get())));
      }
    }
    return Optional.empty();
  }

  /** An annotation found on a carrier, with its origin. */
  private record Found(AnnotationMirror mirror, Origin origin) {}
}
