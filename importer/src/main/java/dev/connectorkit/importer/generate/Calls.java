package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorkit.importer.compare.JsonEquality;
import dev.connectorkit.importer.model.ImportedConnector;
import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Parameter;
import dev.connectorkit.importer.model.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The processor's checks of dynamic calls ({@code DynamicCallRule}), applied to the imported
 * connector before a call is written typed: arguments name parameters of the called operation,
 * references name parameters of the caller, required parameters are passed. A call that would fail
 * them (the original is inconsistent) is written raw instead, which the processor does not check,
 * so that the import still compiles.
 */
final class Calls {
  private final ImportedConnector connector;

  Calls(ImportedConnector connector) {
    this.connector = connector;
  }

  /**
   * Whether an operation is imported as the webhook trigger of its path: the first trigger there,
   * with a callback URL in its body (the processor refuses a webhook without one).
   */
  boolean isWebhook(Operation op) {
    return isFirstTrigger(op) && hasNotificationUrl(op);
  }

  /** Whether an operation is the first trigger of a path with notification content. */
  boolean isFirstTrigger(Operation op) {
    if (op.trigger() == null || !connector.notifications().containsKey(op.path())) {
      return false;
    }
    return connector.operations().stream()
            .filter(o -> o.path().equals(op.path()) && o.trigger() != null)
            .findFirst()
            .orElse(null)
        == op;
  }

  /** Whether the operation with this id is a webhook trigger. */
  boolean isWebhook(String operationId) {
    Operation op = find(operationId);
    return op != null && isWebhook(op);
  }

  /**
   * Whether an operation's success body is what the processor takes for a batch: an array, an
   * object with an array property, or an object of unknown shape.
   */
  boolean returnsArray(Operation op) {
    for (var r : op.responses()) {
      if (r.status().startsWith("2") && r.schema() != null) {
        Schema s = resolve(r.schema());
        if (s == null) {
          return false;
        }
        boolean open =
            s.properties() == null
                && s.items() == null
                && !List.of("string", "integer", "number", "boolean")
                    .contains(s.type() == null ? "" : s.type());
        return "array".equals(s.type())
            || open
            || (s.properties() != null
                && s.properties().values().stream()
                    .anyMatch(p -> "array".equals(p.type()) || "array".equals(type(p))));
      }
    }
    return false;
  }

  private String type(Schema s) {
    Schema r = resolve(s);
    return r == null ? null : r.type();
  }

  /**
   * Whether a callback URL property of this object may be said with {@code @NotificationUrl}: the
   * processor refuses one in the body of an operation that is no webhook.
   */
  boolean notificationUrlAllowed(Schema object) {
    for (Operation op : connector.operations()) {
      Parameter body = op.body();
      if (body != null && !isWebhook(op) && contains(body.schema(), object, new HashSet<>())) {
        return false;
      }
    }
    return true;
  }

  private boolean contains(Schema s, Schema object, Set<String> seen) {
    if (s == null) {
      return false;
    }
    if (s.isRef()) {
      return seen.add(s.ref()) && contains(resolve(s), object, seen);
    }
    if (JsonEquality.equal(s.source(), object.source())) {
      return true;
    }
    if (s.properties() != null) {
      for (Schema p : s.properties().values()) {
        if (contains(p, object, seen)) {
          return true;
        }
      }
    }
    return contains(s.items(), object, seen);
  }

  /** Whether an operation with this id exists. */
  boolean exists(String operationId) {
    return find(operationId) != null;
  }

  /** The check for a parameter (or body schema) of one operation. */
  ValueAnnotations.CallCheck forOperation(Operation caller) {
    return (call, key) -> ok(call, List.of(caller));
  }

  /**
   * The check for a parameter: its operation's, or for a shared parameter every operation that uses
   * it (the processor wants all uses of a shared parameter the same).
   */
  ValueAnnotations.CallCheck forParameter(Parameter p, Operation op) {
    if (p.shared() == null) {
      return forOperation(op);
    }
    List<Operation> users =
        connector.operations().stream()
            .filter(o -> o.parameters().stream().anyMatch(q -> p.shared().equals(q.shared())))
            .toList();
    return (call, key) -> ok(call, users);
  }

  /**
   * Whether the operations of a revision family pass the processor's checks: revisions unique, at
   * most two that are not deprecated, a replacement only on a deprecated one.
   */
  boolean revisionsValid(String family) {
    Set<Integer> revisions = new HashSet<>();
    int live = 0;
    for (Operation op : connector.operations()) {
      JsonNode a = op.extension("x-ms-api-annotation");
      if (a == null || !family.equals(a.path("family").asText(null))) {
        continue;
      }
      if (!revisions.add(a.path("revision").asInt())
          || (a.has("replacement") && !op.deprecated())
          || (!op.deprecated() && ++live > 2)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a webhook's body has a callback URL property at some depth, as the processor wants. */
  boolean hasNotificationUrl(Operation op) {
    Parameter body = op.body();
    return body != null && hasUrl(body.schema(), new HashSet<>());
  }

  private boolean hasUrl(Schema s, Set<String> seen) {
    if (s == null) {
      return false;
    }
    if (s.isRef()) {
      return seen.add(s.ref()) && hasUrl(resolve(s), seen);
    }
    if (s.properties() != null) {
      for (Schema p : s.properties().values()) {
        JsonNode url = p.extension("x-ms-notification-url");
        if ((url != null && url.asBoolean(false) && "string".equals(p.type())) || hasUrl(p, seen)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The check for a property of an object: every operation whose body is that object. */
  ValueAnnotations.CallCheck forObject(Schema object) {
    List<Operation> callers = new ArrayList<>();
    for (Operation op : connector.operations()) {
      Parameter body = op.body();
      Schema s = body == null ? null : resolve(body.schema());
      if (s != null && JsonEquality.equal(s.source(), object.source())) {
        callers.add(op);
      }
    }
    return callers.isEmpty() ? ValueAnnotations.CallCheck.NONE : (call, key) -> ok(call, callers);
  }

  private boolean ok(JsonNode call, List<Operation> callers) {
    JsonNode id = call == null ? null : call.get("operationId");
    if (id == null || !id.isTextual()) {
      return true;
    }
    Operation target = find(id.asText());
    if (target == null) {
      return false;
    }
    Set<String> targetParams = new HashSet<>();
    target.parameters().forEach(p -> targetParams.add(p.name()));
    Set<String> passed = new HashSet<>();
    JsonNode args = call.get("parameters");
    if (args != null && args.isObject()) {
      for (Map.Entry<String, JsonNode> e : args.properties()) {
        String name = first(e.getKey());
        passed.add(name);
        if (!targetParams.contains(name)) {
          return false;
        }
        String ref = reference(e.getValue());
        for (Operation caller : callers) {
          if (ref != null && !local(caller).contains(first(ref))) {
            return false;
          }
        }
      }
    }
    for (Parameter p : target.parameters()) {
      boolean required = p.in().equals("path") || p.isBody() || Boolean.TRUE.equals(p.required());
      boolean hasDefault = p.schema() != null && p.schema().defaultValue() != null;
      if (required && !hasDefault && !passed.contains(p.name())) {
        return false;
      }
    }
    return true;
  }

  private Set<String> local(Operation op) {
    Set<String> out = new HashSet<>();
    for (Parameter p : op.parameters()) {
      out.add(p.name());
      Schema body = p.isBody() ? resolve(p.schema()) : null;
      if (body != null && body.properties() != null) {
        out.addAll(body.properties().keySet());
      }
    }
    return out;
  }

  private Schema resolve(Schema s) {
    Set<String> seen = new HashSet<>();
    while (s != null && s.isRef() && seen.add(s.ref()) && connector.definitions() != null) {
      s = connector.definitions().get(s.ref());
    }
    return s;
  }

  private Operation find(String operationId) {
    for (Operation op : connector.operations()) {
      if (operationId.equals(op.operationId())) {
        return op;
      }
    }
    return null;
  }

  private static String reference(JsonNode value) {
    if (value != null && value.isObject()) {
      JsonNode r =
          value.has("parameter") ? value.get("parameter") : value.get("parameterReference");
      return r != null && r.isTextual() ? r.asText() : null;
    }
    return null;
  }

  private static String first(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }
}
