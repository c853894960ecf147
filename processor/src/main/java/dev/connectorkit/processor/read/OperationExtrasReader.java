package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Header;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Schema;
import dev.connectorkit.processor.model.SelfId;
import dev.connectorkit.processor.model.SourcedMap;
import dev.connectorkit.processor.model.TriggerFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads the operation-level Power Platform annotations: tags, trigger hint, webhook and polling
 * facts, notification and simulation links, paging, revisions, Copilot data, generic-test and
 * safety flags, chunked transfer and {@code @Extension}s.
 */
final class OperationExtrasReader {
  private final AnnotationValues values;
  private final TypeSchemaReader schemas;
  private final ValueExtensionReader valueExtensions;
  private final DynamicCalls calls;
  private final Diagnostics diagnostics;

  OperationExtrasReader(
      AnnotationValues values, TypeSchemaReader schemas, Diagnostics diagnostics) {
    this.values = values;
    this.schemas = schemas;
    this.valueExtensions = new ValueExtensionReader(values, diagnostics);
    this.calls = new DynamicCalls(values, diagnostics);
    this.diagnostics = diagnostics;
  }

  OperationExtras read(ResourceMethod rm, Optional<AnnotationMirror> facts, boolean trigger) {
    List<Element> carriers = List.of(rm.method(), rm.annotated());
    Map<String, Object> ext = new LinkedHashMap<>();
    Origin origin = Origin.of(rm.method());
    if (trigger && facts.isPresent()) {
      AnnotationMirror t = facts.get();
      DynamicCalls.putIfNotEmpty(ext, "x-ms-trigger-hint", values.string(t, "hint"));
      String notification = values.string(t, "notification");
      if (!notification.isEmpty()) {
        ext.put(
            "x-ms-notification",
            Map.of(
                "operationId",
                new OperationRef(notification, Origin.of(rm.method(), t).member("notification"))));
      }
      String simulate = values.string(t, "simulate");
      if (!simulate.isEmpty()) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put(
            "operationId",
            new OperationRef(simulate, Origin.of(rm.method(), t).member("simulate")));
        Map<String, Object> args =
            calls.classicArgs(t, "simulateParameters", Origin.of(rm.method(), t));
        if (!args.isEmpty()) {
          call.put("parameters", args);
        }
        ext.put("x-ms-operation-context", Map.of("simulate", call));
      }
    }
    TriggerFacts triggerFacts = trigger ? triggerFacts(rm, carriers, ext) : null;
    if (!trigger) {
      for (String misplaced : List.of("Webhook", "Polling")) {
        first(carriers, misplaced)
            .ifPresent(
                a ->
                    diagnostics.report(
                        Message.WEBHOOK_NOT_TRIGGER, Origin.of(rm.method(), a), misplaced));
      }
    }
    found(carriers, "Pageable")
        .ifPresent(
            at -> {
              SourcedMap pageable = new SourcedMap();
              pageable.put(
                  "nextLinkName",
                  values.string(at.annotation(), "nextLinkName"),
                  at.member("nextLinkName"));
              ext.put("x-ms-pageable", pageable);
            });
    found(carriers, "Revision").ifPresent(at -> ext.put("x-ms-api-annotation", revision(at)));
    facts
        .filter(a -> values.bool(a, "noGenericTest"))
        .ifPresent(a -> ext.put("x-ms-no-generic-test", true));
    facts
        .filter(a -> !trigger && values.bool(a, "safe"))
        .ifPresent(a -> ext.put("x-ms-safe-operation", true));
    facts
        .filter(a -> !trigger && values.bool(a, "chunkTransfer"))
        .ifPresent(a -> ext.put("x-ms-capabilities", Map.of("chunkTransfer", true)));
    first(carriers, "OpenAiData")
        .ifPresent(a -> ext.put("x-ms-openai-data", openAi(a, rm.method())));
    valueExtensions.extensions(carriers, ext);
    return new OperationExtras(tags(rm), ext, triggerFacts);
  }

  private TriggerFacts triggerFacts(
      ResourceMethod rm, List<Element> carriers, Map<String, Object> ext) {
    Optional<AnnotationMirror> webhook = first(carriers, "Webhook");
    Optional<AnnotationMirror> polling = first(carriers, "Polling");
    if (webhook.isPresent()) {
      AnnotationMirror w = webhook.get();
      Origin at = Origin.of(rm.method(), w);
      Schema payload = schemas.schemaOf(values.type(w, "payload"), false, at.member("payload"));
      if (values.bool(w, "payloadArray")) {
        payload = Schema.arrayOf(payload);
      }
      String description = values.string(w, "payloadDescription");
      String unsubscribe = values.string(w, "unsubscribe");
      List<Header> headers = new ArrayList<>();
      for (AnnotationMirror h : values.annotations(w, "headers")) {
        String hd = values.string(h, "description");
        String summary = values.string(h, "summary");
        String visibility = values.enumName(h, "visibility").toLowerCase(Locale.ROOT);
        headers.add(
            new Header(
                values.string(h, "name"),
                hd.isEmpty() ? null : hd,
                summary.isEmpty() ? null : summary,
                visibility.equals("none") ? null : visibility,
                schemas.schemaOf(values.type(h, "type"), true, at.member("headers"))));
      }
      return new TriggerFacts(
          payload,
          description.isEmpty() ? null : description,
          unsubscribe.isEmpty() ? null : new OperationRef(unsubscribe, at.member("unsubscribe")),
          null,
          null,
          at,
          headers);
    }
    if (polling.isPresent()) {
      AnnotationMirror p = polling.get();
      Origin at = Origin.of(rm.method(), p);
      if (values.bool(p, "metadata")) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("kind", "query");
        meta.put("mode", "polling");
        ext.put("x-ms-trigger-metadata", meta);
      }
      Map<String, String> config = new LinkedHashMap<>();
      for (AnnotationMirror c : values.annotations(p, "config")) {
        config.put(values.string(c, "name"), values.string(c, "value"));
      }
      String dataPath = values.string(p, "dataPath");
      return new TriggerFacts(null, null, null, config, dataPath.isEmpty() ? null : dataPath, at);
    }
    return null;
  }

  private SourcedMap revision(Origin at) {
    AnnotationMirror a = at.annotation();
    SourcedMap out = new SourcedMap();
    String family = values.string(a, "family");
    out.put("family", family.isEmpty() ? SelfId.INSTANCE : family, at.member("family"));
    out.put("revision", values.integer(a, "revision"), at.member("revision"));
    String status = values.enumName(a, "status");
    if (!status.equals("NONE")) {
      out.put("status", status.charAt(0) + status.substring(1).toLowerCase(Locale.ROOT));
    }
    String api = values.string(a, "replacementApi");
    String op = values.string(a, "replacementOperation");
    if (!api.isEmpty() || !op.isEmpty()) {
      Map<String, Object> replacement = new LinkedHashMap<>();
      replacement.put("api", api);
      replacement.put("operationId", op);
      out.put(
          "replacement",
          replacement,
          at.member(op.isEmpty() ? "replacementApi" : "replacementOperation"));
    }
    return out;
  }

  private Map<String, Object> openAi(AnnotationMirror a, Element method) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("operationId", SelfId.INSTANCE);
    entry.put("x-ms-require-user-confirmation", values.bool(a, "requireUserConfirmation"));
    List<Object> params = new ArrayList<>();
    for (AnnotationMirror p : values.annotations(a, "parameters")) {
      Map<String, Object> param = new LinkedHashMap<>();
      param.put("name", values.string(p, "name"));
      param.put("type", "upsert");
      List<Object> props = new ArrayList<>();
      for (AnnotationMirror prop : values.annotations(p, "properties")) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("name", values.string(prop, "name"));
        x.put(
            "value",
            JsonLiterals.parse(
                values.string(prop, "json"), Origin.of(method, prop).member("json"), diagnostics));
        x.put("type", "upsert");
        props.add(x);
      }
      param.put("properties", props);
      params.add(param);
    }
    if (!params.isEmpty()) {
      entry.put("parameters", params);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("openai-enabled", values.bool(a, "enabled"));
    out.put("operations", List.of(entry));
    return out;
  }

  private List<String> tags(ResourceMethod rm) {
    for (Element e :
        List.of(rm.method(), rm.annotated(), rm.resource(), rm.annotated().getEnclosingElement())) {
      Optional<AnnotationMirror> tags = find(e, Names.CK + "Tags");
      if (tags.isPresent()) {
        return values.strings(tags.get(), "value");
      }
    }
    return List.of();
  }

  /** Where the first carrier with the annotation has it. */
  private static Optional<Origin> found(List<Element> carriers, String simpleName) {
    for (Element e : carriers) {
      Optional<AnnotationMirror> a = find(e, Names.CK + simpleName);
      if (a.isPresent()) {
        return Optional.of(Origin.of(e, a.get()));
      }
    }
    return Optional.empty();
  }

  private static Optional<AnnotationMirror> first(List<Element> carriers, String simpleName) {
    return found(carriers, simpleName).map(Origin::annotation);
  }

  /**
   * Whether the method's annotations shape its success responses (a dynamic schema, title,
   * format...), so that their model types must be written in place rather than as {@code $ref}s.
   */
  boolean shapesResponse(ExecutableElement method) {
    return valueExtensions.hasResponseAny(method);
  }

  /**
   * A success response's schema with the method's dynamic schema, title, format, {@code @Summary}
   * and {@code @Description} applied (the operation's own description is {@code @Action}'s or the
   * Javadoc's); a {@code $ref} cannot carry a summary or description.
   */
  Schema responseSchema(ExecutableElement method, Schema schema) {
    Schema out =
        shapesResponse(method) ? valueExtensions.applyToResponse(schema, List.of(method)) : schema;
    Optional<AnnotationMirror> summary = find(method, Names.SUMMARY);
    Optional<AnnotationMirror> description = find(method, Names.DESCRIPTION);
    if (out.isRef() || summary.isEmpty() && description.isEmpty()) {
      return out;
    }
    return out.toBuilder()
        .summary(summary.map(a -> values.string(a, "value")).orElse(out.summary()))
        .description(description.map(a -> values.string(a, "value")).orElse(out.description()))
        .build();
  }
}
