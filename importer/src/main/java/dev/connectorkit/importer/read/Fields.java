package dev.connectorkit.importer.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorkit.importer.model.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One JSON object being read: typed getters that report a value of the wrong type at its pointer,
 * and a record of the keys read, so that every key nobody read can be reported instead of being
 * dropped silently.
 */
public final class Fields {
  private final ObjectNode node;
  private final String pointer;
  private final String file;
  private final Problems problems;
  private final Set<String> read = new HashSet<>();

  private Fields(ObjectNode node, String pointer, String file, Problems problems) {
    this.node = node;
    this.pointer = pointer;
    this.file = file;
    this.problems = problems;
  }

  /** The fields of an object, or null (after an error) when the value is not an object. */
  public static Fields of(JsonNode node, String pointer, String file, Problems problems) {
    if (node instanceof ObjectNode o) {
      return new Fields(o, pointer, file, problems);
    }
    problems.error(file, pointer, "must be a JSON object, not " + kind(node));
    return null;
  }

  /** The object itself. */
  public ObjectNode node() {
    return node;
  }

  /** Where this object is. */
  public String pointer() {
    return pointer;
  }

  /** The pointer of one of its keys. */
  public String at(String key) {
    return Pointer.child(pointer, key);
  }

  /** Whether the key is present. */
  public boolean has(String key) {
    return node.has(key);
  }

  /** The raw value of a key, marked read; null when absent. */
  public JsonNode raw(String key) {
    read.add(key);
    return node.get(key);
  }

  /** A string value; null when absent, reported when not a string. */
  public String string(String key) {
    JsonNode v = raw(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      problems.error(file, at(key), "must be a string, not " + kind(v));
      return null;
    }
    return v.asText();
  }

  /**
   * A text that only documents, such as a description; null when absent. A value of another type is
   * reported and left out, as Power Platform ignores it too, rather than refused.
   */
  public String text(String key) {
    JsonNode v = raw(key);
    if (v == null || v.isNull() || v.isTextual()) {
      return v == null || v.isNull() ? null : v.asText();
    }
    problems.warn(file, at(key), "should be a string, not " + kind(v) + "; it is left out");
    return null;
  }

  /** A boolean value; null when absent, reported when not a boolean. */
  public Boolean bool(String key) {
    JsonNode v = raw(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isBoolean()) {
      problems.warn(file, at(key), "should be a boolean, not " + kind(v) + "; it is left out");
      return null;
    }
    return v.asBoolean();
  }

  /** A list of strings; null when absent. */
  public List<String> strings(String key) {
    JsonNode v = raw(key);
    if (v == null || v.isNull()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (!v.isArray()) {
      problems.error(file, at(key), "must be an array of strings, not " + kind(v));
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i).isTextual()) {
        out.add(v.get(i).asText());
      } else {
        problems.error(file, Pointer.child(at(key), i), "must be a string, not " + kind(v.get(i)));
      }
    }
    return out;
  }

  /** The fields of a nested object; null when absent or not an object (reported). */
  public Fields object(String key) {
    JsonNode v = raw(key);
    return v == null ? null : of(v, at(key), file, problems);
  }

  /** Every key starting with {@code x-} that was not read yet, marked read, in file order. */
  public Map<String, JsonNode> extensions() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    node.fieldNames()
        .forEachRemaining(
            k -> {
              if (k.startsWith("x-") && !read.contains(k)) {
                out.put(k, node.get(k));
              }
            });
    read.addAll(out.keySet());
    return out;
  }

  /** The keys present, in file order. */
  public List<String> keys() {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The keys nobody has read, in file order. */
  public List<String> unread() {
    List<String> out = new ArrayList<>();
    node.fieldNames()
        .forEachRemaining(
            k -> {
              if (!read.contains(k)) {
                out.add(k);
              }
            });
    return out;
  }

  /** Reports every unread key as not reproduced by the imported code. */
  public void reportUnread() {
    for (String k : unread()) {
      problems.warn(
          file,
          at(k),
          "\"" + k + "\" has no ConnectorKit annotation, so the imported" + " code leaves it out");
    }
  }

  /** The JSON kind of a value, for messages. */
  public static String kind(JsonNode v) {
    if (v == null || v.isNull()) {
      return "null";
    }
    return switch (v.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
