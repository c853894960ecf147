package dev.connectorkit.importer.generate;

import dev.connectorkit.importer.model.ImportedConnector;
import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Parameter;
import dev.connectorkit.importer.model.Response;
import dev.connectorkit.importer.model.Schema;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The definitions the operations refer to, directly or through other definitions: the processor
 * writes those, and the others only when {@code @Connector(definitions = ...)} lists them.
 */
final class DefinitionUse {
  private final ImportedConnector c;
  private final Set<String> used = new LinkedHashSet<>();

  private DefinitionUse(ImportedConnector c) {
    this.c = c;
  }

  /** The names of the definitions referred to. */
  static Set<String> of(ImportedConnector c) {
    DefinitionUse u = new DefinitionUse(c);
    for (Operation op : c.operations()) {
      for (Parameter p : op.parameters()) {
        u.walk(p.schema());
      }
      for (Response r : op.responses()) {
        u.walk(r.schema());
      }
    }
    c.notifications().values().forEach(n -> u.walk(n.schema()));
    return u.used;
  }

  private void walk(Schema s) {
    if (s == null) {
      return;
    }
    if (s.isRef()) {
      if (used.add(s.ref()) && c.definitions() != null) {
        walk(c.definitions().get(s.ref()));
      }
      return;
    }
    walk(s.items());
    walk(s.additionalProperties());
    if (s.properties() != null) {
      s.properties().values().forEach(this::walk);
    }
  }
}
