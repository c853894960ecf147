package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.model.Definition;
import dev.connectorkit.processor.model.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which definitions lead, through their schemas' parts and {@code $ref}s, to a schema that passes a
 * test, found once for the whole connector. Rules that look for something in every operation's
 * schemas skip the definitions that cannot hold it, instead of walking everything each operation
 * reaches again (thousands of operations times hundreds of definitions).
 */
final class DefinitionReach {
  private final Predicate<Schema> test;
  private final Function<Schema, List<Schema>> parts;
  private final Set<String> reaching = new HashSet<>();

  /**
   * @param test what is looked for
   * @param parts the parts of a schema a walk goes into (a {@code $ref} part is followed)
   */
  DefinitionReach(
      Map<String, Definition> definitions,
      Predicate<Schema> test,
      Function<Schema, List<Schema>> parts) {
    this.test = test;
    this.parts = parts;
    Map<String, List<String>> referrers = new HashMap<>();
    Deque<String> found = new ArrayDeque<>();
    for (Map.Entry<String, Definition> d : definitions.entrySet()) {
      List<String> refs = new ArrayList<>();
      if (scan(d.getValue().schema(), refs)) {
        found.add(d.getKey());
      }
      for (String ref : refs) {
        referrers.computeIfAbsent(ref, k -> new ArrayList<>()).add(d.getKey());
      }
    }
    // Whatever refers to a definition that leads there leads there too.
    while (!found.isEmpty()) {
      String key = found.poll();
      if (reaching.add(key)) {
        found.addAll(referrers.getOrDefault(key, List.of()));
      }
    }
  }

  /** Whether the schema, or a part of it at any depth, through any definition, passes the test. */
  boolean reaches(Schema s) {
    if (s == null) {
      return false;
    }
    if (s.isRef()) {
      return reaching.contains(s.ref());
    }
    if (test.test(s)) {
      return true;
    }
    for (Schema part : parts.apply(s)) {
      if (reaches(part)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a walk that enters this {@code $ref} can find anything. */
  boolean reachesRef(String ref) {
    return reaching.contains(ref);
  }

  /** Whether the schema's own tree passes the test; collects the refs it meets. */
  private boolean scan(Schema s, List<String> refs) {
    if (s == null) {
      return false;
    }
    if (s.isRef()) {
      refs.add(s.ref());
      return false;
    }
    boolean hit = test.test(s);
    for (Schema part : parts.apply(s)) {
      hit |= scan(part, refs);
    }
    return hit;
  }
}
