package dev.connectorkit.processor.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorkit.processor.model.Definition;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Writes {@link Schema}s as JSON in a fixed key order, resolving definition keys to {@code
 * #/definitions/<name>}. Also writes the type part of non-body parameters and headers.
 */
final class SchemaWriter {
  private final Map<String, Definition> definitions;
  private final Map<String, String> operationLinks;

  SchemaWriter(Map<String, Definition> definitions, Map<String, String> operationLinks) {
    this.definitions = definitions;
    this.operationLinks = operationLinks;
  }

  /** A full schema object. */
  ObjectNode schema(Schema s) {
    ObjectNode out = JsonOutput.object();
    if (s.isRef()) {
      out.put("$ref", "#/definitions/" + name(s.ref()));
      return out;
    }
    typePart(s, out);
    if (s.allOf() != null) {
      ArrayNode all = out.putArray("allOf");
      s.allOf().forEach(x -> all.add(schema(x)));
    }
    if (s.required() != null) {
      ArrayNode req = out.putArray("required");
      s.required().forEach(req::add);
    }
    if (s.properties() != null) {
      ObjectNode props = out.putObject("properties");
      s.properties().forEach((k, v) -> props.set(k, schema(v)));
    }
    if (s.additionalProperties() != null) {
      out.set("additionalProperties", schema(s.additionalProperties()));
    }
    if (s.discriminator() != null) {
      out.put("discriminator", s.discriminator());
    }
    if (s.readOnly() != null) {
      out.put("readOnly", s.readOnly());
    }
    extensions(s, out);
    return out;
  }

  /**
   * The keywords shared by schemas, parameters and headers: type, format, description, default,
   * enum, limits, items.
   */
  void typePart(Schema s, ObjectNode out) {
    putIfSet(out, "type", s.type());
    putIfSet(out, "format", s.format());
    putIfSet(out, "title", s.title());
    putIfSet(out, "description", s.description());
    if (s.defaultValue() != null) {
      out.set("default", value(s.defaultValue()));
    }
    if (s.maximum() != null) {
      out.set("maximum", value(s.maximum()));
    }
    if (s.exclusiveMaximum() != null) {
      out.put("exclusiveMaximum", s.exclusiveMaximum());
    }
    if (s.minimum() != null) {
      out.set("minimum", value(s.minimum()));
    }
    if (s.exclusiveMinimum() != null) {
      out.put("exclusiveMinimum", s.exclusiveMinimum());
    }
    putIfSet(out, "maxLength", s.maxLength());
    putIfSet(out, "minLength", s.minLength());
    putIfSet(out, "pattern", s.pattern());
    putIfSet(out, "maxItems", s.maxItems());
    putIfSet(out, "minItems", s.minItems());
    if (s.uniqueItems() != null) {
      out.put("uniqueItems", s.uniqueItems());
    }
    if (s.enumValues() != null) {
      ArrayNode values = out.putArray("enum");
      s.enumValues().forEach(v -> values.add(value(v)));
    }
    if (s.items() != null) {
      out.set("items", schema(s.items()));
    }
  }

  /** {@code x-ms-summary}, {@code x-ms-visibility} and other extensions, in that order. */
  void extensions(Schema s, ObjectNode out) {
    putIfSet(out, "x-ms-summary", s.summary());
    putIfSet(out, "x-ms-visibility", s.visibility());
    if (s.extensions() != null) {
      s.extensions().forEach((k, v) -> out.set(k, json(v)));
    }
  }

  private String name(String key) {
    Definition d = definitions.get(key);
    if (d == null) {
      throw new IllegalStateException("No definition for " + key);
    }
    return d.name();
  }

  static void putIfSet(ObjectNode out, String key, String value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  static void putIfSet(ObjectNode out, String key, Long value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  /** A JSON-shaped model value as JSON, with operation references written as operationIds. */
  JsonNode json(Object v) {
    if (v instanceof JsonNode n) {
      // Parsed JSON (@Extension, json = ...) is written as it is; a JsonNode is also Iterable.
      return n;
    } else if (v instanceof OperationRef r) {
      String id = operationLinks.get(r.ref());
      if (id == null) {
        throw new IllegalStateException("Unlinked operation " + r.ref());
      }
      return JsonNodeFactory.instance.textNode(id);
    } else if (v instanceof Iterable<?> it) {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      it.forEach(x -> a.add(json(x)));
      return a;
    } else if (v instanceof Map<?, ?> m) {
      ObjectNode o = JsonOutput.object();
      m.forEach((k, x) -> o.set(String.valueOf(k), json(x)));
      return o;
    }
    return value(v);
  }

  /** A Java value (string, number, boolean, list, map, JSON node) as JSON. */
  static JsonNode value(Object v) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (v instanceof JsonNode n) {
      return n;
    } else if (v instanceof String s) {
      return f.textNode(s);
    } else if (v instanceof Boolean b) {
      return f.booleanNode(b);
    } else if (v instanceof Integer i) {
      return f.numberNode(i);
    } else if (v instanceof Long l) {
      return f.numberNode(l);
    } else if (v instanceof BigInteger bi) {
      return f.numberNode(bi);
    } else if (v instanceof BigDecimal bd) {
      return f.numberNode(bd);
    } else if (v instanceof Number n) {
      return f.numberNode(new BigDecimal(n.toString()));
    } else if (v instanceof Character c) {
      return f.textNode(c.toString());
    } else if (v instanceof Iterable<?> it) {
      ArrayNode a = f.arrayNode();
      it.forEach(x -> a.add(value(x)));
      return a;
    } else if (v instanceof Map<?, ?> m) {
      ObjectNode o = JsonOutput.object();
      m.forEach((k, x) -> o.set(String.valueOf(k), value(x)));
      return o;
    }
    throw new IllegalArgumentException("Not a JSON value: " + v);
  }
}
