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
 * Turns Java types into Swagger 2.0 schemas: JDK value types by a fixed table, arrays,
 * collections, maps and optionals structurally, enums by their JSON values, and model types as
 * {@code $ref}s to definitions built by {@link ObjectSchemaBuilder}.
 *
 * <p>One instance serves one connector and collects that connector's definitions.
 */
public final class TypeSchemaReader {
  private final Types types;
  private final Elements elements;
  private final AnnotationValues values;
  private final Diagnostics diagnostics;
  private final EnumReader enums;
  private final ObjectSchemaBuilder objects;
  private final DefinitionRegistry registry = new DefinitionRegistry();
  private final Map<String, Schema> built = new HashMap<>();
  private final Set<String> building = new HashSet<>();
  private boolean incomplete;

  public TypeSchemaReader(
      ProcessingEnvironment env,
      AnnotationValues values,
      Javadocs javadocs,
      Diagnostics diagnostics,
      boolean allOf) {
    this.types = env.getTypeUtils();
    this.elements = env.getElementUtils();
    this.values = values;
    this.diagnostics = diagnostics;
    this.enums = new EnumReader(values, treesOrNull(env));
    DisplayReader display = new DisplayReader(values, javadocs, diagnostics);
    this.objects =
        new ObjectSchemaBuilder(
            this, new BeanPropertyReader(types, values), display,
            new ConstraintReader(values), values, types, allOf,
            new ValueExtensionReader(values, diagnostics));
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
        return Schema.arrayOf(schemaOf(component, false, origin));
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
    if (qn.equals("java.util.Optional") || qn.equals("java.util.concurrent.atomic.AtomicReference")) {
      return schemaOf(argument(type, 0), inline, origin);
    }
    if (isSubtype(type, "java.util.Map")) {
      return Schema.builder()
          .type("object")
          .additionalProperties(schemaOf(typeArgument(type, "java.util.Map", 1), false, origin))
          .build();
    }
    if (isSubtype(type, "java.lang.Iterable") || isSubtype(type, "java.util.stream.BaseStream")) {
      String owner = isSubtype(type, "java.lang.Iterable") ? "java.lang.Iterable" : "java.util.stream.BaseStream";
      Schema items = schemaOf(typeArgument(type, owner, 0), false, origin);
      Schema.Builder b = Schema.builder().type("array").items(items);
      if (isSubtype(type, "java.util.Set")) {
        b.uniqueItems(true);
      }
      return b.build();
    }
    TypeElement element = (TypeElement) type.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return enumSchema(element, origin);
    }
    if (qn.startsWith("java.") || qn.startsWith("javax.") || qn.startsWith("jdk.")) {
      return notDescribable(type, "it is a JDK type with no JSON form", origin);
    }
    return model(type, inline || has(element, Names.INLINE), origin);
  }

  private Schema enumSchema(TypeElement element, Origin origin) {
    EnumReader.Result result = enums.read(element);
    if (result.failure() != null) {
      return notDescribable(element.asType(), result.failure(), origin);
    }
    boolean numbers = !result.values().isEmpty()
        && result.values().stream().allMatch(v -> v instanceof Number);
    Schema.Builder b = Schema.builder().type(numbers ? "integer" : "string")
        .enumValues(result.values());
    List<Object> labels = enumLabels(element, result.values());
    if (labels != null) {
      b.extension("x-ms-enum-values", labels);
    }
    return b.build();
  }

  /** {@code x-ms-enum-values} from {@code @DisplayName} constants, or null if none has one. */
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
      entry.put("displayName",
          label.map(a -> values.string(a, "value")).orElse(e.getSimpleName().toString()));
      out.add(entry);
    }
    return any ? out : null;
  }

  /** A model type: built once, referenced as a definition unless inlined. */
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
    if (inline) {
      return schema;
    }
    use(key, type);
    return Schema.ref(key);
  }

  private void use(String key, DeclaredType type) {
    registry.use(
        key, TypeKeys.baseName(type), TypeKeys.qualifiers(type), Origin.of(type.asElement()));
  }

  /** Whether the model type behind a key is being built right now (a recursive use). */
  boolean isBuilding(TypeMirror type) {
    return building.contains(TypeKeys.key(type));
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
    return ((TypeElement) types.asElement(type)).getQualifiedName().toString();
  }

  private boolean isSubtype(TypeMirror type, String qualifiedName) {
    TypeElement target = elements.getTypeElement(qualifiedName);
    return target != null && types.isSubtype(types.erasure(type), types.erasure(target.asType()));
  }

  private TypeMirror argument(DeclaredType type, int index) {
    List<? extends TypeMirror> args = type.getTypeArguments();
    return args.size() > index ? args.get(index) : wildcard();
  }

  /** The type argument {@code index} of {@code owner} as seen from {@code type}'s supertypes. */
  private TypeMirror typeArgument(DeclaredType type, String owner, int index) {
    if (qualifiedName(type).equals(owner)) {
      List<? extends TypeMirror> args = type.getTypeArguments();
      return args.size() > index ? args.get(index) : wildcard();
    }
    for (TypeMirror sup : types.directSupertypes(type)) {
      if (sup.getKind() == TypeKind.DECLARED && isSubtype(sup, owner)) {
        return typeArgument((DeclaredType) sup, owner, index);
      }
    }
    return wildcard();
  }

  private TypeMirror wildcard() {
    return types.getWildcardType(null, null);
  }

  private static Trees treesOrNull(ProcessingEnvironment env) {
    try {
      return Trees.instance(env);
    } catch (RuntimeException | LinkageError e) {
      return null; // not javac: @JsonValue enums cannot be computed, and say so.
    }
  }
}
