package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Definition;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Response;
import dev.connectorkit.processor.model.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows {@code $ref}s and path strings ({@code value/items/id}) through a connector's schemas.
 */
final class SchemaPaths {
  private final Map<String, Definition> definitions;

  SchemaPaths(ConnectorModel model) {
    this.definitions = model.definitions();
  }

  /**
   * A set for the schemas a walk has visited, by identity: a definition resolves to the same object
   * every time, and a record's hash code would walk the whole schema at every visit.
   */
  static Set<Schema> visited() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /** The parts of a schema a walk goes into: items, additional properties, properties, allOf. */
  static List<Schema> parts(Schema s) {
    List<Schema> out = new ArrayList<>();
    if (s.items() != null) {
      out.add(s.items());
    }
    if (s.additionalProperties() != null) {
      out.add(s.additionalProperties());
    }
    if (s.properties() != null) {
      out.addAll(s.properties().values());
    }
    if (s.allOf() != null) {
      out.addAll(s.allOf());
    }
    return out;
  }

  /** The schema itself, or the definition it refers to. */
  Schema resolve(Schema s) {
    int guard = 0;
    while (s != null && s.isRef() && guard++ < 64) {
      Definition d = definitions.get(s.ref());
      s = d == null ? null : d.schema();
    }
    return s;
  }

  /** The success body schema of an operation, resolved, or null. */
  Schema successBody(Operation op) {
    for (Response r : op.responses()) {
      if (r.status().startsWith("2") && r.schema() != null) {
        return resolve(r.schema());
      }
    }
    return null;
  }

  /** Whether the schema's shape is unknown (free-form object or dynamic), so paths can't fail. */
  boolean isOpen(Schema s) {
    s = resolve(s);
    return s == null
        || (s.properties() == null
            && s.items() == null
            && s.allOf() == null
            && !"string".equals(s.type())
            && !"integer".equals(s.type())
            && !"number".equals(s.type())
            && !"boolean".equals(s.type()));
  }

  /** The schema, or for an array its items, resolved. */
  Schema item(Schema s) {
    Schema current = resolve(s);
    for (int guard = 0; current != null && "array".equals(current.type()) && guard < 64; guard++) {
      current = resolve(current.items());
    }
    return current;
  }

  /** The schema at a path string ({@code a/b}), stepping into array items, or null. */
  Schema at(Schema s, String path) {
    Schema current = resolve(s);
    if (path == null || path.isEmpty()) {
      return current;
    }
    for (String step : path.split("/")) {
      current = resolve(current);
      while (current != null && "array".equals(current.type())) {
        current = resolve(current.items());
      }
      if (current == null) {
        return null;
      }
      Schema next = property(current, step);
      if (next == null) {
        return null;
      }
      current = next;
    }
    return resolve(current);
  }

  private Schema property(Schema s, String name) {
    if (s.properties() != null && s.properties().containsKey(name)) {
      return s.properties().get(name);
    }
    if (s.allOf() != null) {
      for (Schema part : s.allOf()) {
        Schema found = property(resolve(part), name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
