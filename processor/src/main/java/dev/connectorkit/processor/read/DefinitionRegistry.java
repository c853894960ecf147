package dev.connectorkit.processor.read;

import dev.connectorkit.processor.model.Definition;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The named model types of one connector, and their {@code definitions} names: the simple name,
 * {@code Of}-joined type arguments for generics ({@code PageOfTicket}), and package segments in
 * front of every class whose simple name another class of the connector shares ({@code
 * BillingAccount}, {@code PageOfCrmAccount}). Names depend only on the set of types, never on the
 * order they were met.
 */
final class DefinitionRegistry {
  /** A type that needs a definition. */
  private record Entry(DeclaredType type, Origin origin) {}

  private final Map<String, Entry> used = new TreeMap<>();

  /** Records that the type with this key is referenced with {@code $ref}. */
  void use(String key, DeclaredType type, Origin origin) {
    used.putIfAbsent(key, new Entry(type, origin));
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

  /**
   * Names every key from the names of the classes in its type; keys that still share a name (only
   * contrived sources do that) get a number, in key order, skipping names already taken.
   */
  private Map<String, String> assignNames() {
    Map<TypeElement, String> classNames = classNames();
    Map<String, List<String>> byName = new TreeMap<>();
    used.forEach(
        (key, entry) ->
            byName
                .computeIfAbsent(
                    TypeKeys.name(entry.type(), classNames::get), n -> new ArrayList<>())
                .add(key));
    Map<String, String> names = new TreeMap<>();
    Set<String> taken = new TreeSet<>(byName.keySet());
    byName.forEach(
        (name, keys) -> {
          if (keys.size() == 1) {
            names.put(keys.get(0), name);
            return;
          }
          int n = 1;
          for (String key : keys) {
            while (taken.contains(name + n)) {
              n++;
            }
            taken.add(name + n);
            names.put(key, name + n);
          }
        });
    return names;
  }

  /**
   * A name for every class that occurs in the used types: its simple name, with as many trailing
   * package (or enclosing type) segments in front as it takes to tell it from the other classes of
   * the same simple name.
   */
  private Map<TypeElement, String> classNames() {
    Set<TypeElement> classes = new LinkedHashSet<>();
    used.values().forEach(e -> TypeKeys.classesIn(e.type(), classes));
    Map<String, Set<TypeElement>> bySimpleName = new TreeMap<>();
    for (TypeElement c : classes) {
      bySimpleName.computeIfAbsent(c.getSimpleName().toString(), n -> new LinkedHashSet<>()).add(c);
    }
    Map<TypeElement, String> out = new HashMap<>();
    for (Set<TypeElement> group : bySimpleName.values()) {
      int maxDepth = group.stream().mapToInt(c -> TypeKeys.qualifiers(c).size()).max().orElse(0);
      int depth = 0;
      while (depth < maxDepth && !distinct(group, depth)) {
        depth++;
      }
      for (TypeElement c : group) {
        out.put(c, prefixed(c, depth));
      }
    }
    return out;
  }

  private static boolean distinct(Set<TypeElement> group, int depth) {
    Set<String> names = new TreeSet<>();
    for (TypeElement c : group) {
      names.add(prefixed(c, depth));
    }
    return names.size() == group.size();
  }

  /** The simple name with the last {@code depth} qualifiers in front, each capitalised. */
  private static String prefixed(TypeElement c, int depth) {
    List<String> q = TypeKeys.qualifiers(c);
    StringBuilder sb = new StringBuilder();
    for (String s : q.subList(q.size() - Math.min(depth, q.size()), q.size())) {
      sb.append(Character.toUpperCase(s.charAt(0))).append(s.substring(1));
    }
    return sb.append(c.getSimpleName()).toString();
  }
}
