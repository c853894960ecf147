package dev.connectorkit.processor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * The differences between two JSON trees, ignoring only the order of object keys: arrays keep their
 * order, numbers are compared by value ({@code 2} equals {@code 2.0}), everything else exactly.
 * Each difference names its JSON pointer.
 */
final class JsonTreeDiff {

  /** One difference: where, what was expected (null: missing) and what was found. */
  record Difference(String pointer, JsonNode expected, JsonNode actual) {
    @Override
    public String toString() {
      return (pointer.isEmpty() ? "/" : pointer)
          + ": expected "
          + (expected == null ? "(missing)" : expected)
          + ", actual "
          + (actual == null ? "(missing)" : actual);
    }
  }

  private JsonTreeDiff() {}

  /** Every difference between the trees, in document order. */
  static List<Difference> compare(JsonNode expected, JsonNode actual) {
    List<Difference> out = new ArrayList<>();
    compare("", expected, actual, out);
    return out;
  }

  private static void compare(String at, JsonNode expected, JsonNode actual, List<Difference> out) {
    if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        out.add(new Difference(at, expected, actual));
      }
    } else if (expected.isObject() && actual.isObject()) {
      TreeSet<String> keys = new TreeSet<>(names(expected.fieldNames()));
      keys.addAll(names(actual.fieldNames()));
      for (String key : keys) {
        String child = at + "/" + key.replace("~", "~0").replace("/", "~1");
        if (!actual.has(key)) {
          out.add(new Difference(child, expected.get(key), null));
        } else if (!expected.has(key)) {
          out.add(new Difference(child, null, actual.get(key)));
        } else {
          compare(child, expected.get(key), actual.get(key), out);
        }
      }
    } else if (expected.isArray() && actual.isArray()) {
      int common = Math.min(expected.size(), actual.size());
      for (int i = 0; i < common; i++) {
        compare(at + "/" + i, expected.get(i), actual.get(i), out);
      }
      for (int i = common; i < expected.size(); i++) {
        out.add(new Difference(at + "/" + i, expected.get(i), null));
      }
      for (int i = common; i < actual.size(); i++) {
        out.add(new Difference(at + "/" + i, null, actual.get(i)));
      }
    } else if (!expected.equals(actual)) {
      out.add(new Difference(at, expected, actual));
    }
  }

  private static List<String> names(Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
