package dev.connectorkit.processor.read;

import dev.connectorkit.processor.model.Definition;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Policy;
import dev.connectorkit.processor.model.Response;
import dev.connectorkit.processor.model.Schema;
import dev.connectorkit.processor.model.SourcedMap;
import dev.connectorkit.processor.model.TriggerFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;

/**
 * The policy template instances that annotations imply: {@code pollingtrigger} for each
 * {@code @Polling} trigger with a configuration, {@code updatenextlink} for {@code @Pageable}
 * operations unless a {@code @Policy(template = "updatenextlink")} is written explicitly.
 */
final class DerivedPolicies {
  private DerivedPolicies() {}

  static List<Policy> of(
      List<Operation> operations, Map<String, Definition> definitions, List<Policy> explicit) {
    boolean explicitNextLink =
        explicit.stream().anyMatch(p -> p.templateId().equalsIgnoreCase("updatenextlink"));
    List<Policy> out = new ArrayList<>();
    Map<String, List<Operation>> pageable = new TreeMap<>();
    for (Operation op : operations) {
      TriggerFacts t = op.triggerFacts();
      if (t != null && t.isPolling() && !t.pollingConfig().isEmpty()) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(PolicyReader.PREFIX + "triggerConfig", new LinkedHashMap<>(t.pollingConfig()));
        String dataPath =
            t.pollingDataPath() != null ? t.pollingDataPath() : dataPath(op, definitions);
        params.put(PolicyReader.PREFIX + "triggerDataPath", dataPath);
        String title = explicit(t.origin(), "title");
        out.add(
            new Policy(
                "pollingtrigger",
                title != null ? title : "Polling trigger " + op.operationId(),
                explicit(t.origin(), "type"),
                List.of(new OperationRef(op.operationId(), t.origin())),
                null,
                params,
                t.origin()));
      }
      if (op.extensions().get("x-ms-pageable") instanceof SourcedMap m
          && !explicitNextLink
          && updatesNextLink(m.origin("nextLinkName", op.origin()).annotation())) {
        pageable.computeIfAbsent((String) m.get("nextLinkName"), k -> new ArrayList<>()).add(op);
      }
    }
    pageable.forEach(
        (name, ops) -> {
          Map<String, Object> params = new LinkedHashMap<>();
          params.put(PolicyReader.PREFIX + "nextLinkPropertyName", name);
          List<OperationRef> refs =
              ops.stream().map(o -> new OperationRef(o.operationId(), o.origin())).toList();
          Origin origin = ops.get(0).origin();
          out.add(
              new Policy(
                  "updatenextlink",
                  "Route the next link through the connector",
                  null,
                  refs,
                  null,
                  params,
                  origin));
        });
    return out;
  }

  /** A non-empty string member written on the {@code @Polling} an origin points at, or null. */
  private static String explicit(Origin polling, String member) {
    return AnnotationValues.explicit(polling.annotation(), member)
        .map(v -> (String) v.getValue())
        .filter(v -> !v.isEmpty())
        .orElse(null);
  }

  /** Whether {@code @Pageable} (wherever it was found) keeps its default updateNextLink. */
  private static boolean updatesNextLink(AnnotationMirror pageable) {
    return pageable != null
        && AnnotationValues.explicit(pageable, "updateNextLink")
            .map(v -> !Boolean.FALSE.equals(v.getValue()))
            .orElse(true);
  }

  /** {@code @triggerBody()} for an array, {@code @triggerBody().<p>} for its array property. */
  static String dataPath(Operation op, Map<String, Definition> definitions) {
    for (Response r : op.responses()) {
      Schema s = r.schema();
      if (!r.status().startsWith("2") || s == null) {
        continue;
      }
      if (s.isRef() && definitions.containsKey(s.ref())) {
        s = definitions.get(s.ref()).schema();
      }
      if ("array".equals(s.type())) {
        return "@triggerBody()";
      }
      if (s.properties() != null) {
        for (Map.Entry<String, Schema> e : s.properties().entrySet()) {
          if ("array".equals(e.getValue().type())) {
            return "@triggerBody()." + e.getKey();
          }
        }
      }
    }
    return "@triggerBody()";
  }
}
