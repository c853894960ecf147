package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;
import static dev.connectorkit.processor.read.AnnotationValues.has;

import com.sun.source.util.Trees;
import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Definition;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Schema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Turns Java types into Swagger 2.0 schemas: JDK value types by a fixed table, arrays, collections,
 * maps and optionals structurally, enums by their JSON values, and model types as {@code $ref}s to
 * definitions built by {@link ObjectSchemaBuilder}.
 *
 * <p>One instance serves one connector and collects that connector's definitions.
 */
public final class TypeSchemaReader {
  private final JavaTypes javaTypes;
  private final AnnotationValues values;
  private final Diagnostics diagnostics;
  private final EnumReader enums;
  private final ObjectSchemaBuilder objects;
  private final DefinitionRegistry registry = new DefinitionRegistry();
  private final Map<String, Schema> built = new HashMap<>();
  private final Set<String> building = new HashSet<>();
  private final ModelGraph graph;
  private final FormatShapes shapes;
  private boolean incomplete;

  public TypeSchemaReader(
      ProcessingEnvironment env,
      AnnotationValues values,
      Javadocs javadocs,
      Diagnostics diagnostics,
      boolean allOf) {
    Types types = env.getTypeUtils();
    Elements elements = env.getElementUtils();
    this.javaTypes = new JavaTypes(types, elements);
    this.values = values;
    this.diagnostics = diagnostics;
    this.enums = new EnumReader(values, treesOrNull(env));
    this.shapes = new FormatShapes(values, types);
    DisplayReader display = new DisplayReader(values, javadocs, diagnostics);
    this.objects =
        new ObjectSchemaBuilder(
            this,
            new BeanPropertyReader(types, values),
            display,
            new ConstraintReader(values),
            values,
            types,
            new TypeIdReader(values, types, elements),
            allOf,
            new ValueExtensionReader(values, diagnostics));
    this.graph =
        new ModelGraph(
            type ->
                objects.references(type).stream()
                    .flatMap(t -> javaTypes.modelTypesIn(t).stream())
                    .toList());
  }

  /**
   * The schema of a type used at an origin; {@code inline} asks for the model type's schema in
   * place instead of a {@code $ref}.
   */
  public Schema schemaOf(TypeMirror type, boolean inline, Origin origin) {
    switch (type.getKind()) {
      case BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR -> {
        return KnownTypes.primitive(type.getKind());
      }
      case ARRAY -> {
        TypeMirror component = ((ArrayType) type).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          return Schema.of("string", "byte");
        }
        if (component.getKind() == TypeKind.CHAR) {
          return Schema.of("string", null);
        }
        return Schema.arrayOf(schemaOf(component, inline, origin));
      }
      case DECLARED -> {
        return declared((DeclaredType) type, inline, origin);
      }
      case TYPEVAR -> {
        return schemaOf(((TypeVariable) type).getUpperBound(), inline, origin);
      }
      case WILDCARD -> {
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? Schema.freeForm() : schemaOf(bound, inline, origin);
      }
      case INTERSECTION -> {
        return schemaOf(
            ((javax.lang.model.type.IntersectionType) type).getBounds().get(0), inline, origin);
      }
      case ERROR -> {
        incomplete = true;
        return Schema.freeForm();
      }
      default -> {
        return notDescribable(type, "it has no JSON form", origin);
      }
    }
  }

  /** Whether a type is binary content (a stream, file or body part). */
  public boolean isBinary(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
    }
    return type.getKind() == TypeKind.DECLARED && KnownTypes.isBinary(qualifiedName(type));
  }

  /**
   * {@code x-ms-enum-values} from {@code @DisplayName} constants, or null if none has one; {@code
   * jsonValues} are the constants' values in declaration order.
   */
  List<Object> enumLabels(TypeElement element, List<Object> jsonValues) {
    List<Object> out = new java.util.ArrayList<>();
    boolean any = false;
    int i = 0;
    for (Element e : element.getEnclosedElements()) {
      if (e.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      Optional<AnnotationMirror> label = find(e, Names.CK + "DisplayName");
      any |= label.isPresent();
      Map<String, Object> entry = new java.util.LinkedHashMap<>();
      entry.put("value", jsonValues.get(i++));
      entry.put(
          "displayName",
          label.map(a -> values.string(a, "value")).orElse(e.getSimpleName().toString()));
      out.add(entry);
    }
    return any ? out : null;
  }

  /** Whether a type met so far is not generated yet: the connector must wait for a later round. */
  public boolean isIncomplete() {
    return incomplete;
  }

  /** The definitions the schemas so far refer to. */
  public Map<String, Definition> definitions() {
    return registry.definitions(built);
  }

  private Schema declared(DeclaredType type, boolean inline, Origin origin) {
    String qn = qualifiedName(type);
    Schema known = KnownTypes.byName(qn);
    if (known != null) {
      return known;
    }
    if (KnownTypes.isBinary(qn)) {
      return Schema.of("string", "binary");
    }
    if (JavaTypes.isOptional(qn)) {
      return schemaOf(javaTypes.argument(type, 0), inline, origin);
    }
    if (javaTypes.isSubtype(type, JavaTypes.MAP)) {
      TypeMirror valueType = javaTypes.typeArgument(type, JavaTypes.MAP, 1);
      Schema values = schemaOf(valueType, inline, origin);
      // Map<String, Object> is free-form already; "additionalProperties": {"type": "object"}
      // would wrongly say that every value is an object. A map of maps says just that.
      boolean objectValues =
          valueType.getKind() == TypeKind.DECLARED && javaTypes.isSubtype(valueType, JavaTypes.MAP);
      boolean freeValues = "object".equals(values.type()) && values.equals(Schema.freeForm());
      return freeValues && !objectValues
          ? Schema.freeForm()
          : Schema.builder().type("object").additionalProperties(values).build();
    }
    String sequence = javaTypes.sequenceOwner(type);
    if (sequence != null) {
      Schema items = schemaOf(javaTypes.typeArgument(type, sequence, 0), inline, origin);
      Schema.Builder b = Schema.builder().type("array").items(items);
      if (javaTypes.isSubtype(type, "java.util.Set")) {
        b.uniqueItems(true);
      }
      return b.build();
    }
    TypeElement element = (TypeElement) type.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return enumSchema(element, origin);
    }
    if (qn.equals("java.lang.Class")) {
      return notDescribable(
          type,
          "Jackson writes a Class as a Java class name, which means"
              + " nothing to the users of a connector; use a String or an enum",
          origin);
    }
    if (JavaTypes.isJdk(qn)) {
      return notDescribable(type, "it is a JDK type with no JSON form", origin);
    }
    return model(type, inline || has(element, Names.INLINE), origin);
  }

  private Schema enumSchema(TypeElement element, Origin origin) {
    EnumReader.Result result = enums.read(element);
    if (result.failure() != null) {
      return notDescribable(element.asType(), result.failure(), origin);
    }
    Schema.Builder base = enumBase(result).toBuilder().enumValues(result.values());
    List<Object> labels = enumLabels(element, result.values());
    if (labels != null) {
      base.extension("x-ms-enum-values", labels);
    }
    Schema natural = base.build();
    // @JsonFormat(shape = NUMBER) on the enum writes ordinals.
    return find(element, Names.JACKSON + "JsonFormat")
        .map(f -> shapes.apply(f, element.asType(), natural).schema())
        .orElse(natural);
  }

  /**
   * The type of an enum's values: string for names, else the scalar schema of the
   * {@code @JsonValue} member's type, else what the computed values are.
   */
  private Schema enumBase(EnumReader.Result result) {
    TypeMirror valueType = result.valueType();
    if (valueType == null) {
      return Schema.of("string", null);
    }
    Schema scalar = null;
    if (valueType.getKind().isPrimitive()) {
      scalar = KnownTypes.primitive(valueType.getKind());
    } else if (valueType.getKind() == TypeKind.DECLARED) {
      scalar = KnownTypes.byName(qualifiedName(valueType));
    }
    if (scalar != null && !"object".equals(scalar.type())) {
      return scalar;
    }
    List<Object> values = result.values();
    if (!values.isEmpty()
        && values.stream().allMatch(v -> v instanceof Integer || v instanceof Long)) {
      return Schema.of("integer", null);
    } else if (!values.isEmpty() && values.stream().allMatch(v -> v instanceof Number)) {
      return Schema.of("number", null);
    } else if (!values.isEmpty() && values.stream().allMatch(v -> v instanceof Boolean)) {
      return Schema.of("boolean", null);
    }
    return Schema.of("string", null);
  }

  /**
   * A model type: built once, referenced as a definition unless inlined. A recursive type is never
   * inlined; a type whose JSON is a plain value ({@code @JsonValue}, {@code @JsonFormat} shape)
   * always is.
   */
  private Schema model(DeclaredType type, boolean inline, Origin origin) {
    String key = TypeKeys.key(type);
    if (building.contains(key)) {
      use(key, type);
      return Schema.ref(key);
    }
    Schema schema = built.get(key);
    if (schema == null) {
      building.add(key);
      try {
        schema = objects.build(type, origin);
      } finally {
        building.remove(key);
      }
      built.put(key, schema);
    }
    // A value type (@JsonValue, a shape) is written in place; a type with a dynamic schema is a
    // model even without properties.
    boolean value =
        schema.properties() == null && schema.allOf() == null && schema.extensions() == null;
    if ((inline || value) && !graph.isRecursive(type)) {
      return schema;
    }
    use(key, type);
    return Schema.ref(key);
  }

  private void use(String key, DeclaredType type) {
    registry.use(key, type, Origin.of(type.asElement()));
  }

  /**
   * Whether a property of this type is recursive: it is, or wraps (in an optional, array,
   * collection or map), a model type that can reach itself.
   */
  boolean isRecursive(TypeMirror type) {
    return javaTypes.modelTypesIn(type).stream().anyMatch(graph::isRecursive);
  }

  /** Whether a type is a model type (or an optional one): its schema is a definition's. */
  boolean isModel(TypeMirror type) {
    return javaTypes.isModel(type);
  }

  /** Registers a type (e.g. a {@code @JsonSubTypes} subtype) as a definition. */
  void define(TypeMirror type, Origin origin) {
    if (type.getKind() == TypeKind.DECLARED) {
      schemaOf(type, false, origin);
    }
  }

  Schema notDescribable(TypeMirror type, String reason, Origin origin) {
    diagnostics.report(Message.TYPE_NOT_DESCRIBABLE, origin, type, reason);
    return Schema.freeForm();
  }

  private String qualifiedName(TypeMirror type) {
    return javaTypes.qualifiedName(type);
  }

  private static Trees treesOrNull(ProcessingEnvironment env) {
    try {
      return dev.connectorkit.processor.diag.TreesEnvironment.of(env);
    } catch (RuntimeException | LinkageError e) {
      return null; // not javac: @JsonValue enums cannot be computed, and say so.
    }
  }
}
