package dev.connectorkit.processor.read;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Definition;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.Policy;
import dev.connectorkit.processor.model.Response;
import dev.connectorkit.processor.model.Schema;
import dev.connectorkit.processor.model.SelfId;
import dev.connectorkit.processor.model.SourcedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/**
 * Resolves the operations that annotations name (an operationId, a method name or {@code
 * Class#method}) once every operation has its id, reporting names that match none or several, and
 * replaces {@link SelfId} with the carrying operation's id.
 */
final class OperationLinker {
  private final Diagnostics diagnostics;
  private final Map<String, String> links = new TreeMap<>();

  OperationLinker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The operations with {@link SelfId} replaced. */
  List<Operation> selfIds(List<Operation> operations) {
    List<Operation> out = new ArrayList<>();
    for (Operation op : operations) {
      @SuppressWarnings("unchecked")
      Map<String, Object> ext =
          (Map<String, Object>) replaceSelf(op.extensions(), op.operationId());
      out.add(op.withExtensions(ext));
    }
    return out;
  }

  /** Every reference found in the operations, definitions, policies and extra values → id. */
  Map<String, String> link(
      List<Operation> operations,
      Map<String, Definition> definitions,
      List<Policy> policies,
      List<?> extra) {
    List<OperationRef> refs = new ArrayList<>();
    for (Operation op : operations) {
      collect(op.extensions(), refs);
      for (Parameter p : op.parameters()) {
        collect(p.schema(), refs);
      }
      for (Response r : op.responses()) {
        collect(r.schema(), refs);
      }
      if (op.triggerFacts() != null) {
        collect(op.triggerFacts().unsubscribe(), refs);
        collect(op.triggerFacts().webhookPayload(), refs);
      }
    }
    definitions.values().forEach(d -> collect(d.schema(), refs));
    for (Policy p : policies) {
      refs.addAll(p.operations());
    }
    collect(extra, refs);
    // Indexed once: looking each reference up in the list made linking quadratic.
    Map<String, Operation> byId = new HashMap<>();
    Map<String, List<Operation>> byMethod = new HashMap<>();
    for (Operation op : operations) {
      byId.putIfAbsent(op.operationId(), op);
      byMethod
          .computeIfAbsent(op.origin().element().getSimpleName().toString(), n -> new ArrayList<>())
          .add(op);
    }
    for (OperationRef ref : refs) {
      if (!links.containsKey(ref.ref())) {
        resolve(ref, byId, byMethod);
      }
    }
    return links;
  }

  private void resolve(
      OperationRef ref, Map<String, Operation> byId, Map<String, List<Operation>> byMethod) {
    String name = ref.ref();
    List<Operation> matches = new ArrayList<>();
    Operation withId = byId.get(name);
    if (withId != null) {
      links.put(name, withId.operationId());
      return;
    }
    String className = name.contains("#") ? name.substring(0, name.indexOf('#')) : null;
    String method = name.contains("#") ? name.substring(name.indexOf('#') + 1) : name;
    for (Operation op : byMethod.getOrDefault(method, List.of())) {
      Element m = op.origin().element();
      boolean sameMethod = m.getSimpleName().contentEquals(method);
      boolean sameClass =
          className == null
              || m.getEnclosingElement().getSimpleName().contentEquals(className)
              || m.getEnclosingElement().toString().equals(className);
      if (sameMethod && sameClass) {
        matches.add(op);
      }
    }
    if (matches.size() == 1) {
      links.put(name, matches.get(0).operationId());
    } else if (matches.isEmpty()) {
      diagnostics.report(Message.UNKNOWN_OPERATION, ref.origin(), name);
    } else {
      List<String> ids = matches.stream().map(Operation::operationId).toList();
      diagnostics.report(Message.AMBIGUOUS_OPERATION, ref.origin(), name, String.join(", ", ids));
    }
  }

  private static void collect(Object value, List<OperationRef> out) {
    if (value instanceof OperationRef r) {
      out.add(r);
    } else if (value instanceof Map<?, ?> m) {
      m.values().forEach(v -> collect(v, out));
    } else if (value instanceof List<?> l) {
      l.forEach(v -> collect(v, out));
    } else if (value instanceof Schema s) {
      collect(s.extensions(), out);
      collect(s.items(), out);
      collect(s.additionalProperties(), out);
      if (s.properties() != null) {
        s.properties().values().forEach(v -> collect(v, out));
      }
      collect(s.allOf(), out);
    }
  }

  private static Object replaceSelf(Object value, String id) {
    if (value == SelfId.INSTANCE) {
      return id;
    } else if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put((String) k, replaceSelf(v, id)));
      return m instanceof SourcedMap sourced ? sourced.withValues(out) : out;
    } else if (value instanceof List<?> l) {
      return l.stream().map(v -> replaceSelf(v, id)).toList();
    }
    return value;
  }
}
