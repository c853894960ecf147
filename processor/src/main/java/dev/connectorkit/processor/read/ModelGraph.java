package dev.connectorkit.processor.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.type.DeclaredType;

/**
 * Which model types are recursive: those that can reach themselves through the model types their
 * schemas refer to. A recursive type is always a {@code $ref}, so that whether a property is
 * inlined never depends on the order in which types happen to be met.
 */
final class ModelGraph {
  private final Function<DeclaredType, List<DeclaredType>> references;
  private final Map<String, Boolean> recursive = new HashMap<>();

  /**
   * The references of each type met, by key: reading them reads the type's properties, and every
   * search from another type passes through the same types again.
   */
  private final Map<String, List<DeclaredType>> edges = new HashMap<>();

  /** {@code references}: the model types a model type's schema refers to directly. */
  ModelGraph(Function<DeclaredType, List<DeclaredType>> references) {
    this.references = references;
  }

  /** Whether the type can reach itself. */
  boolean isRecursive(DeclaredType type) {
    String key = TypeKeys.key(type);
    Boolean known = recursive.get(key);
    if (known == null) {
      known = reaches(type, key);
      recursive.put(key, known);
    }
    return known;
  }

  private boolean reaches(DeclaredType start, String target) {
    Set<String> seen = new HashSet<>();
    Deque<DeclaredType> queue = new ArrayDeque<>(referencesOf(start, target));
    while (!queue.isEmpty()) {
      DeclaredType t = queue.removeFirst();
      String key = TypeKeys.key(t);
      if (key.equals(target)) {
        return true;
      }
      if (seen.add(key)) {
        queue.addAll(referencesOf(t, key));
      }
    }
    return false;
  }

  private List<DeclaredType> referencesOf(DeclaredType type, String key) {
    List<DeclaredType> known = edges.get(key);
    if (known == null) {
      known = references.apply(type);
      edges.put(key, known);
    }
    return known;
  }
}
