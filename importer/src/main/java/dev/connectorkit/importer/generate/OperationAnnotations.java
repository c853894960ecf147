package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Power Platform annotations of a resource method: {@code @Action} or {@code @Trigger} with the
 * operation's title, description, id and visibility, and the operation's {@code x-ms-*} keys
 * ({@code @Pageable}, {@code @Revision}, {@code @Polling}, {@code @OpenAiData}...), raw where no
 * annotation says them exactly.
 */
final class OperationAnnotations {
  private final Problems problems;
  private final OperationNames names;

  private final Calls calls;

  OperationAnnotations(Problems problems, OperationNames names, Calls calls) {
    this.calls = calls;
    this.problems = problems;
    this.names = names;
  }

  /**
   * The annotations; {@code explicit} are the {@code @Explicit} keys the media types need ({@code
   * CONSUMES}, {@code PRODUCES}).
   */
  List<AnnotationSpec> of(Operation op, List<String> mediaTypeKeys) {
    Map<String, JsonNode> rest = new LinkedHashMap<>(op.extensions());
    boolean trigger = op.trigger() != null;
    List<AnnotationSpec> out = new ArrayList<>();
    AnnotationSpec.Builder facts =
        AnnotationSpec.builder(Annotations.ck(trigger ? "Trigger" : "Action"));
    if (names.needsExplicitId(op)) {
      facts.addMember("operationId", "$S", names.id(op));
    }
    List<String> omit = new ArrayList<>();
    if (op.summary() != null && op.summary().length() >= 120) {
      problems.warn(
          Problems.SWAGGER,
          op.pointer() + "/summary",
          "Power Platform refuses a"
              + " summary of 120 characters or more, and so does the processor; it is cut to 119");
      facts.addMember("summary", "$S", op.summary().substring(0, 119));
    } else if (op.summary() != null) {
      facts.addMember("summary", "$S", op.summary());
    } else {
      omit.add("SUMMARY");
    }
    if (op.description() != null && !Docs.fitsJavadoc(op.description())) {
      facts.addMember("description", "$S", op.description());
    }
    String visibility = op.visibility();
    if (visibility != null) {
      if (Set.of("important", "advanced", "internal").contains(visibility)) {
        facts.addMember(
            "visibility",
            "$T.$L",
            Annotations.ck("Visibility"),
            visibility.toUpperCase(Locale.ROOT));
      } else {
        out.add(ValueAnnotations.raw("x-ms-visibility", text(visibility)));
        warnRaw(op, "x-ms-visibility");
      }
    }
    if (trigger) {
      trigger(op, facts, rest);
    }
    List<String> explicit = new ArrayList<>(mediaTypeKeys);
    if (!op.deprecated() && op.has("deprecated")) {
      explicit.add("DEPRECATED");
    }
    if (op.repeatsSecurity()) {
      explicit.add("SECURITY");
    }
    if (op.deprecated()) {
      facts.addMember("deprecated", "true");
      if ((op.summary() != null && !marked(op.summary()))
          || (op.description() != null && !marked(op.description()))) {
        omit.add("DEPRECATION_NOTE");
      }
    }
    if (isTrue(rest.get("x-ms-no-generic-test"))) {
      facts.addMember("noGenericTest", "true");
      rest.remove("x-ms-no-generic-test");
    }
    if (!trigger && isTrue(rest.get("x-ms-safe-operation"))) {
      facts.addMember("safe", "true");
      rest.remove("x-ms-safe-operation");
    }
    JsonNode caps = rest.get("x-ms-capabilities");
    if (!trigger && caps != null && caps.size() == 1 && isTrue(caps.get("chunkTransfer"))) {
      facts.addMember("chunkTransfer", "true");
      rest.remove("x-ms-capabilities");
    }
    out.add(0, facts.build());
    if (op.parameters().isEmpty() && !op.has("parameters")) {
      omit.add("PARAMETERS");
    }
    for (AnnotationSpec keys :
        new AnnotationSpec[] {
          Annotations.keys("Explicit", explicit), Annotations.keys("Omit", omit)
        }) {
      if (keys != null) {
        out.add(1, keys);
      }
    }
    pageable(rest, out);
    revision(op, rest, out);
    polling(trigger, rest, out);
    for (Map.Entry<String, JsonNode> e : rest.entrySet()) {
      out.add(ValueAnnotations.raw(e.getKey(), e.getValue()));
      warnRaw(op, e.getKey());
    }
    return out;
  }

  private void trigger(Operation op, AnnotationSpec.Builder facts, Map<String, JsonNode> rest) {
    if (op.trigger().equals("batch") && calls.returnsArray(op)) {
      facts.addMember("type", "$T.BATCH", Annotations.ck("TriggerType"));
    } else if (!op.trigger().equals("single")) {
      // Not single, or a batch the processor refuses (its response is no array): raw.
      rest.put("x-ms-trigger", com.fasterxml.jackson.databind.node.TextNode.valueOf(op.trigger()));
    }
    JsonNode hint = rest.get("x-ms-trigger-hint");
    if (hint != null && hint.isTextual() && !hint.asText().isEmpty()) {
      facts.addMember("hint", "$S", hint.asText());
      rest.remove("x-ms-trigger-hint");
    }
    JsonNode notification = rest.get("x-ms-notification");
    if (notification != null
        && notification.size() == 1
        && notification.path("operationId").isTextual()
        && names.isKept(notification.get("operationId").asText())
        && calls.isWebhook(notification.get("operationId").asText())) {
      facts.addMember("notification", "$S", notification.get("operationId").asText());
      rest.remove("x-ms-notification");
    }
  }

  private void pageable(Map<String, JsonNode> rest, List<AnnotationSpec> out) {
    JsonNode p = rest.get("x-ms-pageable");
    if (p == null || p.size() != 1 || !p.path("nextLinkName").isTextual()) {
      return;
    }
    String name = p.get("nextLinkName").asText();
    if (!name.equals("nextLink") && !name.equals("@odata.nextLink")) {
      return;
    }
    AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck("Pageable"));
    if (!name.equals("nextLink")) {
      b.addMember("nextLinkName", "$S", name);
    }
    // Policies are imported as written, each with @Policy, so none is derived here.
    b.addMember("updateNextLink", "false");
    out.add(b.build());
    rest.remove("x-ms-pageable");
  }

  private void revision(Operation op, Map<String, JsonNode> rest, List<AnnotationSpec> out) {
    JsonNode a = rest.get("x-ms-api-annotation");
    if (a == null
        || !DynamicAnnotations.hasOnly(a, Set.of("family", "revision", "status", "replacement"))
        || !a.path("family").isTextual()
        || !a.path("revision").canConvertToInt()
        || !a.path("revision").isIntegralNumber()
        || a.get("revision").asInt() < 1
        || !calls.revisionsValid(a.get("family").asText())) {
      return;
    }
    AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck("Revision"));
    String family = a.get("family").asText();
    if (!family.equals(names.id(op))) {
      b.addMember("family", "$S", family);
    }
    if (a.get("revision").asInt() != 1) {
      b.addMember("revision", "$L", a.get("revision").asInt());
    }
    JsonNode status = a.get("status");
    if (status != null) {
      if (!status.isTextual() || !Set.of("Preview", "Production").contains(status.asText())) {
        return;
      }
      b.addMember(
          "status",
          "$T.$L",
          Annotations.ck("ReleaseStatus"),
          status.asText().toUpperCase(Locale.ROOT));
    }
    JsonNode replacement = a.get("replacement");
    if (replacement != null) {
      if (!op.deprecated()
          || !DynamicAnnotations.hasOnly(replacement, Set.of("api", "operationId"))
          || replacement.size() != 2
          || !replacement.get("api").isTextual()
          || !replacement.get("operationId").isTextual()) {
        return;
      }
      b.addMember("replacementApi", "$S", replacement.get("api").asText());
      b.addMember("replacementOperation", "$S", replacement.get("operationId").asText());
    }
    out.add(b.build());
    rest.remove("x-ms-api-annotation");
  }

  private void polling(boolean trigger, Map<String, JsonNode> rest, List<AnnotationSpec> out) {
    JsonNode meta = rest.get("x-ms-trigger-metadata");
    if (!trigger
        || meta == null
        || meta.size() != 2
        || !"query".equals(meta.path("kind").asText(null))
        || !"polling".equals(meta.path("mode").asText(null))) {
      return;
    }
    out.add(AnnotationSpec.builder(Annotations.ck("Polling")).build());
    rest.remove("x-ms-trigger-metadata");
  }

  private void warnRaw(Operation op, String key) {
    problems.warn(
        Problems.SWAGGER,
        op.pointer() + "/" + key.replace("~", "~0").replace("/", "~1"),
        "\""
            + key
            + "\" is written raw with @Extension: no ConnectorKit annotation says it"
            + " in this form");
  }

  private static boolean marked(String text) {
    return text != null && text.toLowerCase(Locale.ROOT).contains("(deprecated)");
  }

  private static boolean isTrue(JsonNode v) {
    return v != null && v.isBoolean() && v.asBoolean();
  }

  private static JsonNode text(String s) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(s);
  }

  /** The type of an annotation of ours. */
  static ClassName ck(String name) {
    return Annotations.ck(name);
  }
}
