package dev.connectorkit.importer.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.model.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Swagger 2.0 schemas, and the type part of non-body parameters and headers, into {@link
 * Schema}s; reports keys a connector cannot carry or ConnectorKit cannot write.
 */
public final class SchemaReader {
  private static final String DEFINITIONS = "#/definitions/";

  private final Problems problems;
  private final String file;

  public SchemaReader(Problems problems, String file) {
    this.problems = problems;
    this.file = file;
  }

  /** A schema object; null (reported) when it is not an object. */
  public Schema read(JsonNode node, String pointer) {
    Fields f = Fields.of(node, pointer, file, problems);
    return f == null ? null : read(f, true);
  }

  /**
   * The schema keywords of an object; {@code full} reads the keys only full schemas have
   * (properties, required...), otherwise only a parameter's or header's type part. Keys of the
   * object that are left unread belong to the caller.
   */
  public Schema read(Fields f, boolean full) {
    String ref = null;
    if (f.has("$ref")) {
      String target = f.string("$ref");
      if (target != null && target.startsWith(DEFINITIONS)) {
        ref = unescape(target.substring(DEFINITIONS.length()));
      } else {
        problems.error(
            file,
            f.at("$ref"),
            "a schema may only refer to #/definitions/..., not \"" + target + "\"");
      }
    }
    Map<String, Schema> properties = null;
    List<String> required = null;
    Schema additional = null;
    Boolean additionalFlag = null;
    Boolean readOnly = null;
    if (full) {
      Fields props = f.object("properties");
      if (props != null) {
        properties = new LinkedHashMap<>();
        for (String name : props.keys()) {
          Schema s = read(props.raw(name), props.at(name));
          if (s != null) {
            properties.put(name, s);
          }
        }
      }
      JsonNode req = f.raw("required");
      if (req != null && req.isBoolean()) {
        problems.warn(
            file,
            f.at("required"),
            "a boolean \"required\" belongs to a parameter; a schema lists its required properties,"
                + " so it is left out");
      } else {
        required = f.strings("required");
      }
      JsonNode ap = f.raw("additionalProperties");
      if (ap != null && ap.isBoolean()) {
        additionalFlag = ap.asBoolean();
      } else if (ap != null) {
        additional = read(ap, f.at("additionalProperties"));
      }
      readOnly = f.bool("readOnly");
    }
    JsonNode items = f.raw("items");
    String itemsAt = f.at("items");
    if (items != null && items.isArray()) {
      // JSON Schema's tuple form; Swagger 2.0 has one schema for all items.
      problems.warn(
          file,
          itemsAt,
          "a list of item schemas is not Swagger 2.0; "
              + (items.isEmpty() ? "it is left out" : "the first is read for every item"));
      items = items.isEmpty() ? null : items.get(0);
      itemsAt = Pointer.child(itemsAt, 0);
    }
    Schema itemSchema = null;
    if (items != null) {
      itemSchema = full ? read(items, itemsAt) : typePart(items, itemsAt);
    }
    String type = type(f);
    List<JsonNode> enumValues = null;
    JsonNode en = f.raw("enum");
    if (en != null) {
      enumValues = new ArrayList<>();
      if (en.isArray()) {
        en.forEach(enumValues::add);
      } else {
        problems.error(file, f.at("enum"), "must be an array, not " + Fields.kind(en));
      }
    }
    // A parameter's or header's description, title and x- keys belong to it, not its type.
    Schema s =
        new Schema(
            f.pointer(),
            ref,
            type,
            f.text("format"),
            full ? f.text("title") : null,
            full ? f.text("description") : null,
            full ? f.text("x-ms-summary") : null,
            full ? f.text("x-ms-visibility") : null,
            f.raw("default"),
            full ? f.raw("example") : null,
            enumValues,
            itemSchema,
            properties,
            required,
            additional,
            additionalFlag,
            f.text("pattern"),
            integer(f, "minLength"),
            integer(f, "maxLength"),
            integer(f, "minItems"),
            integer(f, "maxItems"),
            f.bool("uniqueItems"),
            number(f, "minimum"),
            f.bool("exclusiveMinimum"),
            number(f, "maximum"),
            f.bool("exclusiveMaximum"),
            readOnly,
            null,
            f.node());
    if (full) {
      s = withExtensions(s, f.extensions());
      f.reportUnread();
    }
    return s;
  }

  /**
   * The type; a list of types (JSON Schema's {@code ["string", "null"]}, which Power Platform
   * accepts but Swagger 2.0 does not) is read as its one type other than "null", with a warning.
   */
  private String type(Fields f) {
    JsonNode v = f.raw("type");
    if (v == null || !v.isArray()) {
      return f.string("type");
    }
    List<String> types = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (JsonNode t : v) {
      types.add(t.isTextual() ? t.asText() : Fields.kind(t));
      if (t.isTextual() && !t.asText().equals("null")) {
        kept.add(t.asText());
      }
    }
    if (kept.size() == 1 && types.size() == kept.size() + 1) {
      problems.warn(
          file,
          f.at("type"),
          "a list of types is not Swagger 2.0; it is read as \"" + kept.get(0) + "\"");
      return kept.get(0);
    }
    problems.warn(
        file,
        f.at("type"),
        "a list of types " + types + " has no Swagger 2.0 form; it is left out");
    return null;
  }

  /** The type part of a parameter's or header's {@code items}. */
  private Schema typePart(JsonNode node, String pointer) {
    Fields f = Fields.of(node, pointer, file, problems);
    if (f == null) {
      return null;
    }
    Schema s = read(f, false);
    f.reportUnread();
    return s;
  }

  private static Schema withExtensions(Schema s, Map<String, JsonNode> extensions) {
    return new Schema(
        s.pointer(),
        s.ref(),
        s.type(),
        s.format(),
        s.title(),
        s.description(),
        s.summary(),
        s.visibility(),
        s.defaultValue(),
        s.example(),
        s.enumValues(),
        s.items(),
        s.properties(),
        s.required(),
        s.additionalProperties(),
        s.additionalPropertiesFlag(),
        s.pattern(),
        s.minLength(),
        s.maxLength(),
        s.minItems(),
        s.maxItems(),
        s.uniqueItems(),
        s.minimum(),
        s.exclusiveMinimum(),
        s.maximum(),
        s.exclusiveMaximum(),
        s.readOnly(),
        extensions.isEmpty() ? null : extensions,
        s.source());
  }

  private Long integer(Fields f, String key) {
    JsonNode v = f.raw(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.canConvertToLong() || !v.isIntegralNumber()) {
      problems.warn(file, f.at(key), "should be an integer, not " + v + "; it is left out");
      return null;
    }
    return v.asLong();
  }

  private BigDecimal number(Fields f, String key) {
    JsonNode v = f.raw(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      problems.warn(file, f.at(key), "should be a number, not " + v + "; it is left out");
      return null;
    }
    return v.decimalValue();
  }

  /** A JSON pointer token back to a name: {@code ~1} is '/', {@code ~0} is '~'. */
  static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
