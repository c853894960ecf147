package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The annotations that say what the designer shows for one value (a parameter, property, body or
 * type): title, description, visibility, Bean Validation limits and the {@code x-ms-*} keys of the
 * value, typed where an annotation can say them exactly and raw ({@code @Extension}) otherwise,
 * which is reported.
 */
final class ValueAnnotations {

  /** Where the annotations go; decides which annotations the processor reads there. */
  enum Target {
    PROPERTY,
    PARAMETER,
    BODY,
    TYPE,
    RESPONSE
  }

  /** Annotations for an element and the text its Javadoc gives (null when none). */
  record Display(List<AnnotationSpec> annotations, String javadoc) {}

  private final Problems problems;
  private final DynamicAnnotations dynamic;
  private final LimitAnnotations limits;

  ValueAnnotations(Problems problems, DynamicAnnotations dynamic) {
    this.problems = problems;
    this.dynamic = dynamic;
    this.limits = new LimitAnnotations(problems);
  }

  /**
   * {@code @Summary}, {@code @Description} (only where Javadoc would not give the text back
   * exactly) and the visibility marker.
   */
  Display display(String description, String summary, String visibility, String pointer) {
    List<AnnotationSpec> out = new ArrayList<>();
    if (summary != null) {
      out.add(Annotations.of(Annotations.ck("Summary"), summary));
    }
    String javadoc = null;
    if (description != null) {
      if (!Docs.fitsJavadoc(description)) {
        out.add(Annotations.of(Annotations.ck("Description"), description));
      }
      javadoc = description.isBlank() ? null : Docs.safe(description);
    }
    if (visibility != null) {
      switch (visibility) {
        case "important" -> out.add(marker("Important"));
        case "advanced" -> out.add(marker("Advanced"));
        case "internal" -> out.add(marker("Internal"));
        default -> {
          out.add(raw("x-ms-visibility", textNode(visibility)));
          problems.warn(
              Problems.SWAGGER,
              pointer + "/x-ms-visibility",
              "\""
                  + visibility
                  + "\" is not important, advanced or internal; written raw with @Extension");
        }
      }
    }
    return new Display(out, javadoc);
  }

  /** The text of a default the processor types back to the original, or null (reported). */
  String defaultText(Schema s, String pointer) {
    return limits.defaultText(s, pointer);
  }

  /** Bean Validation annotations for the limits of a value. */
  void constraints(Schema s, List<AnnotationSpec> out) {
    limits.constraints(s, out);
  }

  /**
   * The {@code x-} keys of a value as annotations. {@code calls} checks that a typed dynamic call
   * would pass the processor's checks where it looks at them.
   */
  void extensions(
      Map<String, JsonNode> extensions,
      String pointer,
      Target target,
      CallCheck calls,
      List<AnnotationSpec> out) {
    if (extensions == null) {
      return;
    }
    Map<String, JsonNode> rest = new LinkedHashMap<>(extensions);
    rest.remove("x-ms-enum-values");
    rest.remove("x-ms-url-encoding");
    boolean onType = target == Target.TYPE;
    boolean onResponse = target == Target.RESPONSE;
    JsonNode values = rest.get("x-ms-dynamic-values");
    JsonNode list = rest.get("x-ms-dynamic-list");
    if (values != null && !onType && calls.ok(values, "x-ms-dynamic-values")) {
      AnnotationSpec a = dynamic.values(values, list);
      if (a != null) {
        out.add(a);
        rest.remove("x-ms-dynamic-values");
        if (a.members().containsKey("withDynamicList")) {
          rest.remove("x-ms-dynamic-list");
        }
      }
    }
    if (rest.containsKey("x-ms-dynamic-list") && !onType && calls.ok(list, "x-ms-dynamic-list")) {
      AnnotationSpec a = dynamic.list(list);
      if (a != null) {
        out.add(a);
        rest.remove("x-ms-dynamic-list");
      }
    }
    JsonNode schema = rest.get("x-ms-dynamic-schema");
    JsonNode props = rest.get("x-ms-dynamic-properties");
    if (schema != null && calls.ok(schema, "x-ms-dynamic-schema")) {
      AnnotationSpec a = dynamic.schema(schema, props);
      if (a != null) {
        out.add(a);
        rest.remove("x-ms-dynamic-schema");
        if (a.members().containsKey("withDynamicProperties")) {
          rest.remove("x-ms-dynamic-properties");
        }
      }
    }
    if (rest.containsKey("x-ms-dynamic-properties") && calls.ok(props, "x-ms-dynamic-properties")) {
      AnnotationSpec a = dynamic.properties(props);
      if (a != null) {
        out.add(a);
        rest.remove("x-ms-dynamic-properties");
      }
    }
    if (!onType && !onResponse) {
      simple(rest, target, out);
    }
    for (Map.Entry<String, JsonNode> e : rest.entrySet()) {
      if (onResponse) {
        problems.warn(
            Problems.SWAGGER,
            pointer + "/" + e.getKey(),
            "\""
                + e.getKey()
                + "\" on a response schema has no ConnectorKit annotation, so the imported code"
                + " leaves it out");
        continue;
      }
      JsonNode value =
          e.getKey().startsWith("x-ms-dynamic-") ? dynamic.retarget(e.getValue()) : e.getValue();
      out.add(raw(e.getKey(), value));
      problems.warn(
          Problems.SWAGGER,
          pointer + "/" + e.getKey(),
          "\""
              + e.getKey()
              + "\" is written raw with @Extension: no ConnectorKit annotation says it "
              + (KNOWN.contains(e.getKey()) ? "in this form" : "yet")
              + (value == e.getValue() ? "" : "; it names the operation by its imported id"));
    }
  }

  private static final Set<String> KNOWN =
      Set.of(
          "x-ms-dynamic-values",
          "x-ms-dynamic-list",
          "x-ms-dynamic-schema",
          "x-ms-dynamic-properties",
          "x-ms-notification-url",
          "x-ms-test-value",
          "x-ms-editor",
          "x-ms-editor-options",
          "x-ms-media-kind",
          "x-ms-visibility");

  /** Notification URL, test value, editor and media kind. */
  private void simple(Map<String, JsonNode> rest, Target target, List<AnnotationSpec> out) {
    JsonNode url = rest.get("x-ms-notification-url");
    if (url != null && url.isBoolean() && url.asBoolean() && target == Target.PROPERTY) {
      out.add(marker("NotificationUrl"));
      rest.remove("x-ms-notification-url");
    }
    JsonNode test = rest.get("x-ms-test-value");
    if (test != null) {
      out.add(
          test.isTextual()
              ? Annotations.of(Annotations.ck("TestValue"), test.asText())
              : AnnotationSpec.builder(Annotations.ck("TestValue"))
                  .addMember("json", "$S", test.toString())
                  .build());
      rest.remove("x-ms-test-value");
    }
    JsonNode editor = rest.get("x-ms-editor");
    JsonNode options = rest.get("x-ms-editor-options");
    AnnotationSpec e = editor(editor, options);
    if (e != null) {
      out.add(e);
      rest.remove("x-ms-editor");
      rest.remove("x-ms-editor-options");
    }
    JsonNode media = rest.get("x-ms-media-kind");
    if (media != null
        && media.isTextual()
        && (media.asText().equals("image") || media.asText().equals("audio"))) {
      out.add(
          AnnotationSpec.builder(Annotations.ck("MediaKind"))
              .addMember(
                  "value",
                  "$T.Kind.$L",
                  Annotations.ck("MediaKind"),
                  media.asText().toUpperCase(Locale.ROOT))
              .build());
      rest.remove("x-ms-media-kind");
    }
  }

  /** {@code @Editor} when the editor is a non-empty string and the options are title/value. */
  private static AnnotationSpec editor(JsonNode editor, JsonNode options) {
    if (editor == null && options == null) {
      return null;
    }
    AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck("Editor"));
    if (editor != null) {
      if (!editor.isTextual() || editor.asText().isEmpty()) {
        return null;
      }
      b.addMember("value", "$S", editor.asText());
    }
    if (options != null) {
      JsonNode items = options.get("items");
      if (options.size() != 1 || items == null || !items.isArray() || items.isEmpty()) {
        return null;
      }
      List<AnnotationSpec> specs = new ArrayList<>();
      for (JsonNode item : items) {
        if (!DynamicAnnotations.hasOnly(item, Set.of("title", "value"))
            || item.size() != 2
            || !item.get("title").isTextual()
            || !item.get("value").isTextual()) {
          return null;
        }
        specs.add(
            AnnotationSpec.builder(Annotations.ck("EditorOption"))
                .addMember("title", "$S", item.get("title").asText())
                .addMember("value", "$S", item.get("value").asText())
                .build());
      }
      Annotations.annotations(b, "options", specs);
    }
    return b.build();
  }

  /** {@code @Example}: a string as it is, anything else as JSON. */
  static AnnotationSpec example(JsonNode example) {
    return example.isTextual()
        ? Annotations.of(Annotations.ck("Example"), example.asText())
        : AnnotationSpec.builder(Annotations.ck("Example"))
            .addMember("json", "$S", example.toString())
            .build();
  }

  /** {@code @Extension(name = ..., json = ...)}: the key and its value as JSON. */
  static AnnotationSpec raw(String key, JsonNode value) {
    return AnnotationSpec.builder(Annotations.ck("Extension"))
        .addMember("name", "$S", key)
        .addMember("json", "$S", value.toString())
        .build();
  }

  private static AnnotationSpec marker(String name) {
    return AnnotationSpec.builder(Annotations.ck(name)).build();
  }

  private static JsonNode textNode(String s) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(s);
  }

  /** Checks a typed dynamic call against the processor's rules where it applies them. */
  interface CallCheck {
    /** Whether the call may be written typed. */
    boolean ok(JsonNode call, String key);

    /** A check that accepts every call (the processor does not check there). */
    CallCheck NONE = (call, key) -> true;
  }
}
