package dev.connectorkit.processor.read;

import dev.connectorkit.processor.model.Definition;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.ParameterLocation;
import dev.connectorkit.processor.model.ParameterRef;
import dev.connectorkit.processor.model.Response;
import dev.connectorkit.processor.model.Schema;
import dev.connectorkit.processor.model.SourcedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Resolves the {@link ParameterRef}s of dynamic extensions against the operation that uses them. A
 * path string ({@code parameterReference} of {@code x-ms-dynamic-list} and {@code -properties})
 * must start with a parameter name, so a bare name that is a property of the body rather than a
 * parameter becomes {@code <body>/<name>}, as in the version-1 form it is derived from. A
 * definition is resolved against the operations that take it as their body, when they agree;
 * otherwise its references stay as written.
 */
final class ParameterRefs {
  private final Map<String, Definition> definitions;

  ParameterRefs(Map<String, Definition> definitions) {
    this.definitions = definitions;
  }

  /** The operations with the references in their parameters and responses resolved. */
  List<Operation> operations(List<Operation> operations) {
    List<Operation> out = new ArrayList<>();
    for (Operation op : operations) {
      UnaryOperator<ParameterRef> f = r -> r.resolvedAs(resolve(r, op));
      List<Parameter> ps =
          op.parameters().stream().map(p -> p.withSchema(map(p.schema(), f))).toList();
      List<Response> rs =
          op.responses().stream()
              .map(r -> r.schema() == null ? r : r.withSchema(map(r.schema(), f)))
              .toList();
      out.add(op.withParametersAndResponses(ps, rs));
    }
    return out;
  }

  /** The definitions with their references resolved where the operations using them agree. */
  Map<String, Definition> definitions(List<Operation> operations) {
    // The operations by the definition their body refers to, in order: one pass, not one per
    // definition (thousands of each in a large API).
    Map<String, List<Operation>> byBody = new HashMap<>();
    for (Operation op : operations) {
      Parameter body = body(op);
      if (body != null && body.schema().ref() != null) {
        byBody.computeIfAbsent(body.schema().ref(), k -> new ArrayList<>()).add(op);
      }
    }
    Map<String, Definition> out = new LinkedHashMap<>();
    definitions.forEach(
        (key, d) -> {
          Schema resolved = null;
          boolean agree = true;
          for (Operation op : byBody.getOrDefault(key, List.of())) {
            Schema s = map(d.schema(), r -> r.resolvedAs(resolve(r, op)));
            agree &= resolved == null || resolved.equals(s);
            resolved = s;
          }
          out.put(
              key, resolved != null && agree ? new Definition(d.name(), resolved, d.origin()) : d);
        });
    return out;
  }

  private String resolve(ParameterRef r, Operation op) {
    String name = r.name();
    if (!r.path()
        || name.contains("/")
        || op.parameters().stream().anyMatch(p -> p.name().equals(name))) {
      return name;
    }
    Parameter body = body(op);
    Schema s = body == null ? null : body.schema();
    for (int guard = 0; s != null && s.isRef() && guard < 64; guard++) {
      Definition d = definitions.get(s.ref());
      s = d == null ? null : d.schema();
    }
    return s != null && s.properties() != null && s.properties().containsKey(name)
        ? body.name() + "/" + name
        : name;
  }

  private static Parameter body(Operation op) {
    return op.parameters().stream()
        .filter(p -> p.location() == ParameterLocation.BODY)
        .findFirst()
        .orElse(null);
  }

  /** The schema with every reference in its extensions, and in its parts, mapped. */
  static Schema map(Schema s, UnaryOperator<ParameterRef> f) {
    // Most schemas hold no reference: they are kept, not copied (for every operation).
    if (s == null || s.isRef() || !holdsRef(s)) {
      return s;
    }
    Schema.Builder b = s.toBuilder();
    b.items(map(s.items(), f));
    b.additionalProperties(map(s.additionalProperties(), f));
    if (s.properties() != null) {
      Map<String, Schema> props = new LinkedHashMap<>();
      s.properties().forEach((k, v) -> props.put(k, map(v, f)));
      b.properties(props);
    }
    if (s.allOf() != null) {
      b.allOf(s.allOf().stream().map(x -> map(x, f)).toList());
    }
    if (s.extensions() != null) {
      s.extensions().forEach((k, v) -> b.extension(k, value(v, f)));
    }
    return b.build();
  }

  /** Whether a reference sits in the schema's extensions or in those of its parts. */
  private static boolean holdsRef(Schema s) {
    if (s == null || s.isRef()) {
      return false;
    }
    if (s.extensions() != null && valueHoldsRef(s.extensions())) {
      return true;
    }
    if (holdsRef(s.items()) || holdsRef(s.additionalProperties())) {
      return true;
    }
    if (s.properties() != null) {
      for (Schema p : s.properties().values()) {
        if (holdsRef(p)) {
          return true;
        }
      }
    }
    if (s.allOf() != null) {
      for (Schema p : s.allOf()) {
        if (holdsRef(p)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean valueHoldsRef(Object v) {
    if (v instanceof ParameterRef) {
      return true;
    } else if (v instanceof Map<?, ?> m) {
      for (Object x : m.values()) {
        if (valueHoldsRef(x)) {
          return true;
        }
      }
    } else if (v instanceof List<?> l) {
      for (Object x : l) {
        if (valueHoldsRef(x)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Object value(Object v, UnaryOperator<ParameterRef> f) {
    if (v instanceof ParameterRef r) {
      return f.apply(r);
    } else if (v instanceof SourcedMap m) {
      Map<String, Object> values = new LinkedHashMap<>();
      m.forEach((k, x) -> values.put(k, value(x, f)));
      return m.withValues(values);
    } else if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put((String) k, value(x, f)));
      return out;
    } else if (v instanceof List<?> l) {
      return l.stream().map(x -> value(x, f)).toList();
    }
    return v;
  }
}
