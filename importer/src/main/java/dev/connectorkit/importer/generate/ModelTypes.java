package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.connectorkit.importer.compare.JsonEquality;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java types that stand for schemas: JDK types for values, records for objects, enums for
 * {@code enum}s, {@code definitions} as types of the same name (so that the processor writes the
 * same definition), and inline object schemas as {@code @Inline} records with readable names.
 */
final class ModelTypes {
  /**
   * Where a schema is used: decides primitives, what a parameter can be, and what the use can say
   * about the schema itself (a property or parameter everything, a body or success response its
   * format, title and extensions, the rest nothing: the type must).
   */
  enum Use {
    PROPERTY,
    REQUIRED_PROPERTY,
    PARAMETER,
    BODY,
    RESPONSE,
    ITEMS,
    TYPE_ONLY
  }

  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName OBJECT = ClassName.get(Object.class);

  private final String pkg;
  private final Map<String, Schema> definitions;
  private final Problems problems;
  private final JavaNames.Scope names;
  private final RecordBuilder records;
  private final EnumBuilder enums;
  private final Map<String, ClassName> definitionTypes = new LinkedHashMap<>();
  private final Map<String, Schema> enumDefinitions = new LinkedHashMap<>();
  private final Map<ClassName, TypeSpec> specs = new LinkedHashMap<>();
  private final InlineTypes inline;

  ModelTypes(
      String pkg,
      Map<String, Schema> definitions,
      Problems problems,
      ValueAnnotations values,
      JavaNames.Scope names,
      Calls calls) {
    this.pkg = pkg;
    this.definitions = definitions == null ? Map.of() : definitions;
    this.problems = problems;
    this.names = names;
    this.records = new RecordBuilder(this, values, problems, calls, names);
    this.enums = new EnumBuilder(problems, names);
    this.inline = new InlineTypes(this, pkg, problems, names, records, enums);
    for (String name : this.definitions.keySet()) {
      if (JavaNames.isIdentifier(name) && !name.contains("$")) {
        names.reserve(name);
      }
    }
  }

  /** Every model type made so far, one file each. */
  List<JavaFile> files() {
    List<JavaFile> out = new ArrayList<>();
    specs.forEach(
        (name, spec) ->
            out.add(
                JavaFile.builder(name.packageName(), spec)
                    .skipJavaLangImports(true)
                    .indent("  ")
                    .build()));
    return out;
  }

  /** The definitions that became types of their own name, which the processor writes. */
  Map<String, ClassName> definitionTypes() {
    return definitionTypes;
  }

  /** Makes every definition's type, used or not, so that the imported code has them all. */
  void defineAll() {
    definitions.keySet().forEach(this::definition);
  }

  /** The type of a definition, built on first use; null if there is no such definition. */
  ClassName definition(String name) {
    ClassName known = definitionTypes.get(name);
    if (known != null) {
      return known;
    }
    Schema s = definitions.get(name);
    if (s == null) {
      return null;
    }
    String simple =
        JavaNames.isIdentifier(name) && !name.contains("$")
            ? name
            : names.claim(JavaNames.upperCamel(name, "Model"));
    if (!simple.equals(name)) {
      problems.warn(
          Problems.SWAGGER,
          s.pointer(),
          "the definition name is not a Java name;"
              + " it is imported as "
              + simple
              + ", which the processor writes as its name");
    }
    ClassName type = ClassName.get(pkg, simple);
    definitionTypes.put(name, type);
    if (s.isRef()) {
      ClassName target = definition(s.ref());
      problems.warn(
          Problems.SWAGGER,
          s.pointer(),
          "a definition that only refers to another"
              + " one is imported as that one, "
              + (target == null ? "Object" : target.simpleName()));
      definitionTypes.put(name, target == null ? OBJECT : target);
      return definitionTypes.get(name);
    }
    if (EnumBuilder.supported(s)) {
      enumDefinitions.put(name, s);
      add(type, enums.build(type, s, s.extension("x-ms-enum-values"), javadoc(s)));
    } else if (isObject(s) || (s.type() == null && s.items() == null)) {
      add(type, records.build(type, s, false));
    } else {
      add(type, records.wrapper(type, s, plain(s, simple, Use.ITEMS), false));
    }
    return type;
  }

  /** Whether a definition became an enum, which the processor writes where it is used. */
  boolean isEnumDefinition(String name) {
    return enumDefinitions.containsKey(name);
  }

  /** The enum definition a schema refers to, whose facts its uses repeat, or null. */
  Schema enumDefinition(Schema s) {
    return s.isRef() ? enumDefinitions.get(s.ref()) : null;
  }

  private static String javadoc(Schema s) {
    return s.description() == null ? null : Docs.safe(s.description());
  }

  /**
   * Whether a schema's own facts (description, title, extensions) are said on a type: it is a
   * definition's, or an inline object that becomes a record.
   */
  static boolean ownsFacts(Schema s) {
    return s.isRef() || (s.listsProperties() && isObject(s));
  }

  /** Whether a schema becomes a record: an object, or untyped with properties. */
  static boolean isObject(Schema s) {
    return "object".equals(s.type()) && s.additionalProperties() == null
        || (s.type() == null && s.listsProperties());
  }

  /** The Java type for a schema used somewhere; {@code hint} names a type made for it. */
  JavaType map(Schema s, String hint, Use use) {
    JavaType t = plain(s, hint, use);
    if (s == null || s.isRef() || ownsFacts(s)) {
      return t;
    }
    boolean display = s.description() != null || s.summary() != null || s.visibility() != null;
    boolean dflt = s.defaultValue() != null;
    boolean facts =
        s.title() != null
            || s.example() != null
            || !t.annotations().isEmpty()
            || t.inline()
            || (s.extensions() != null
                && !s.extensions().keySet().equals(Set.of("x-ms-enum-values")));
    boolean wrap =
        switch (use) {
          case ITEMS, TYPE_ONLY -> display || dflt || facts || hasLimits(s);
          case BODY -> display || dflt;
          case RESPONSE -> display || dflt || hasLimits(s);
          default -> false;
        };
    return wrap ? inline.wrapper(s, hint, t) : t;
  }

  /** Whether a schema has limits (Bean Validation on the value). */
  static boolean hasLimits(Schema s) {
    return s.pattern() != null
        || s.minLength() != null
        || s.maxLength() != null
        || s.minItems() != null
        || s.maxItems() != null
        || s.minimum() != null
        || s.maximum() != null;
  }

  private JavaType plain(Schema s, String hint, Use use) {
    if (s == null) {
      return JavaType.of(OBJECT);
    }
    if (s.isRef()) {
      ClassName type = definition(s.ref());
      if (type == null) {
        problems.warn(
            Problems.SWAGGER,
            s.pointer() + "/$ref",
            "refers to no definition (" + s.ref() + "); imported as Object");
        return JavaType.of(OBJECT);
      }
      return JavaType.of(type);
    }
    if (s.enumValues() != null) {
      return inline.enumType(s, hint, use);
    }
    String type = s.type();
    if (type == null) {
      if (s.listsProperties()) {
        problems.warn(
            Problems.SWAGGER,
            s.pointer(),
            "has properties but no type; the processor" + " writes \"type\": \"object\"");
        return inline.object(s, hint, use != Use.ITEMS && use != Use.TYPE_ONLY);
      }
      if (s.items() != null) {
        problems.warn(
            Problems.SWAGGER,
            s.pointer(),
            "has items but no type; the processor" + " writes \"type\": \"array\"");
        type = "array";
      } else {
        return new JavaType(OBJECT, List.of(Annotations.keys("Omit", List.of("TYPE"))), false);
      }
    }
    return switch (type) {
      case "string", "integer", "number", "boolean" -> ScalarTypes.of(s, use);
      case "array" -> array(s, hint);
      case "object" -> object(s, hint, use);
      case "file" -> JavaType.of(ClassName.get(java.io.InputStream.class));
      default -> {
        problems.warn(
            Problems.SWAGGER,
            s.pointer() + "/type",
            "\"" + type + "\" is not a" + " Swagger 2.0 type; it is imported as Object");
        yield JavaType.of(OBJECT);
      }
    };
  }

  static AnnotationSpec format(String format) {
    return Annotations.of(Annotations.ck("Format"), format);
  }

  private JavaType array(Schema s, String hint) {
    Schema items = s.items();
    if (items == null) {
      problems.warn(
          Problems.SWAGGER,
          s.pointer(),
          "an array without items is imported as a list"
              + " of Object, which the processor writes with \"items\": {\"type\": \"object\"}");
    }
    JavaType item = map(items, hint + "Item", Use.ITEMS);
    if (!item.annotations().isEmpty() || item.inline()) {
      problems.warn(
          Problems.SWAGGER,
          s.pointer() + "/items",
          "the items' "
              + (item.inline() ? "inline object" : "format")
              + " cannot be said on a list element;"
              + " the processor writes the items as the plain Java type");
    }
    ClassName collection =
        ClassName.get(Boolean.TRUE.equals(s.uniqueItems()) ? java.util.Set.class : List.class);
    return JavaType.of(ParameterizedTypeName.get(collection, item.type().box()));
  }

  private JavaType object(Schema s, String hint, Use use) {
    if (s.additionalProperties() != null) {
      if (s.hasProperties()) {
        problems.warn(
            Problems.SWAGGER,
            s.pointer() + "/additionalProperties",
            "an object with"
                + " both properties and additionalProperties is imported with its properties only");
        return inline.object(s, hint, use != Use.ITEMS && use != Use.TYPE_ONLY);
      }
      JavaType value = map(s.additionalProperties(), hint + "Value", Use.ITEMS);
      return JavaType.of(
          ParameterizedTypeName.get(ClassName.get(Map.class), STRING, value.type().box()));
    }
    if (s.additionalPropertiesFlag() != null) {
      problems.warn(
          Problems.SWAGGER,
          s.pointer() + "/additionalProperties",
          "a boolean" + " additionalProperties has no Java form; it is left out");
    }
    if (!s.listsProperties()) {
      return JavaType.of(OBJECT);
    }
    return inline.object(s, hint, use != Use.ITEMS && use != Use.TYPE_ONLY);
  }

  /** The definition of an object schema of the same JSON, or null. */
  ClassName objectDefinition(JsonNode source) {
    for (Map.Entry<String, Schema> d : definitions.entrySet()) {
      if (!d.getValue().isRef()
          && isObject(d.getValue())
          && JsonEquality.equal(d.getValue().source(), source)) {
        return definition(d.getKey());
      }
    }
    return null;
  }

  /** The enum definition of the same JSON, or null. */
  ClassName enumDefinition(JsonNode source) {
    for (Map.Entry<String, Schema> d : enumDefinitions.entrySet()) {
      if (JsonEquality.equal(d.getValue().source(), source)) {
        return definitionTypes.get(d.getKey());
      }
    }
    return null;
  }

  void add(ClassName name, TypeSpec spec) {
    specs.put(name, spec);
  }
}
