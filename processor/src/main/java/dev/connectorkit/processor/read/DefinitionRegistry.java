package dev.connectorkit.processor.read;

import dev.connectorkit.processor.model.Definition;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The named model types of one connector, and their {@code definitions} names: the simple name,
 * {@code Of}-joined type arguments for generics ({@code PageOfTicket}), and package segments
 * prefixed only where two types would otherwise share a name. Names depend only on the set of
 * types, never on the order they were met.
 */
final class DefinitionRegistry {
  /** A type that needs a definition. */
  private record Entry(String baseName, List<String> qualifiers, Origin origin) {}

  private final Map<String, Entry> used = new TreeMap<>();

  /** Records that the type with this key is referenced with {@code $ref}. */
  void use(String key, String baseName, List<String> qualifiers, Origin origin) {
    used.putIfAbsent(key, new Entry(baseName, qualifiers, origin));
  }

  /** The definitions by key, each with its final name and the schema built for it. */
  Map<String, Definition> definitions(Map<String, Schema> schemas) {
    Map<String, String> names = assignNames();
    Map<String, Definition> out = new TreeMap<>();
    for (Map.Entry<String, Entry> e : used.entrySet()) {
      Schema schema = schemas.get(e.getKey());
      if (schema != null) {
        out.put(e.getKey(), new Definition(names.get(e.getKey()), schema, e.getValue().origin()));
      }
    }
    return out;
  }

  private Map<String, String> assignNames() {
    Map<String, Integer> depth = new HashMap<>();
    used.keySet().forEach(k -> depth.put(k, 0));
    while (true) {
      Map<String, List<String>> byName = new TreeMap<>();
      for (String key : used.keySet()) {
        byName.computeIfAbsent(candidate(key, depth.get(key)), n -> new ArrayList<>()).add(key);
      }
      boolean clash = false;
      for (List<String> keys : byName.values()) {
        if (keys.size() > 1) {
          clash = true;
          keys.forEach(k -> depth.merge(k, 1, Integer::sum));
        }
      }
      if (!clash) {
        Map<String, String> names = new HashMap<>();
        byName.forEach((name, keys) -> names.put(keys.get(0), name));
        return names;
      }
    }
  }

  /** The name at a disambiguation depth: more package segments, then a stable number. */
  private String candidate(String key, int depth) {
    Entry e = used.get(key);
    List<String> q = e.qualifiers();
    if (depth <= q.size()) {
      StringBuilder sb = new StringBuilder();
      for (String s : q.subList(q.size() - depth, q.size())) {
        sb.append(Character.toUpperCase(s.charAt(0))).append(s.substring(1));
      }
      return sb.append(e.baseName()).toString();
    }
    String full = candidate(key, q.size());
    List<String> same = new ArrayList<>(new TreeSet<>(sameFull(full)));
    return full + (same.indexOf(key) + 1);
  }

  private List<String> sameFull(String full) {
    List<String> keys = new ArrayList<>();
    for (String k : used.keySet()) {
      if (candidate(k, used.get(k).qualifiers().size()).equals(full)) {
        keys.add(k);
      }
    }
    return keys;
  }
}
