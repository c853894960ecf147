package dev.connectorkit.importer.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorkit.importer.read.Pointer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares an emitted connector file with its original: first as JSON trees (object key order
 * aside), then, if they differ, with every local {@code $ref} ({@code #/definitions/...}, {@code
 * #/parameters/...}, {@code #/responses/...}) replaced by a copy of its target and those three
 * sections set aside, listing what still differs as JSON pointers.
 */
public final class JsonComparator {
  private static final List<String> SECTIONS = List.of("definitions", "parameters", "responses");

  private JsonComparator() {}

  /** The comparison of an emitted document with the original. */
  public static Comparison compare(JsonNode original, JsonNode emitted) {
    List<Difference> raw = new ArrayList<>();
    diff("", original, emitted, raw);
    if (raw.isEmpty()) {
      return new Comparison(Comparison.Level.IDENTICAL, List.of());
    }
    List<Difference> resolved = new ArrayList<>();
    diff("", resolve(original), resolve(emitted), resolved);
    return resolved.isEmpty()
        ? new Comparison(Comparison.Level.EQUIVALENT, List.of())
        : new Comparison(Comparison.Level.DIFFERENT, List.copyOf(resolved));
  }

  /** The differences between two values, as JSON pointers below {@code at}. */
  static void diff(String at, JsonNode a, JsonNode b, List<Difference> out) {
    if (JsonEquality.equal(a, b)) {
      return;
    }
    if (a != null && b != null && a.isObject() && b.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        diff(Pointer.child(at, e.getKey()), e.getValue(), b.get(e.getKey()), out);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!a.has(e.getKey())) {
          out.add(new Difference(Pointer.child(at, e.getKey()), null, e.getValue()));
        }
      }
      return;
    }
    if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        diff(Pointer.child(at, i), a.get(i), b.get(i), out);
      }
      return;
    }
    out.add(new Difference(at, a, b));
  }

  /** A copy with local references replaced by their targets and the target sections removed. */
  static JsonNode resolve(JsonNode document) {
    if (document == null || !document.isObject()) {
      return document;
    }
    JsonNode out = inline(document, document, new ArrayDeque<>());
    if (out instanceof ObjectNode o) {
      SECTIONS.forEach(o::remove);
    }
    return out;
  }

  private static JsonNode inline(JsonNode node, JsonNode root, Deque<String> stack) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && isLocal(ref.asText())) {
        String target = ref.asText();
        JsonNode resolved = root.at(target.substring(1));
        if (resolved.isMissingNode() || stack.contains(target)) {
          return node.deepCopy();
        }
        stack.push(target);
        JsonNode out = inline(resolved, root, stack);
        stack.pop();
        return out;
      }
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(e -> copy.set(e.getKey(), inline(e.getValue(), root, stack)));
      return copy;
    }
    if (node.isArray()) {
      var copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(x -> copy.add(inline(x, root, stack)));
      return copy;
    }
    return node;
  }

  private static boolean isLocal(String ref) {
    for (String s : SECTIONS) {
      if (ref.startsWith("#/" + s + "/")) {
        return true;
      }
    }
    return false;
  }
}
