package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;
import static dev.connectorkit.processor.read.AnnotationValues.has;

import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Builds the object schema of a model type (record, POJO, interface): its properties with their
 * display facts and constraints, {@code @JsonUnwrapped}, {@code @JsonValue}, {@code @JsonFormat},
 * {@code @JsonAnyGetter}, and inheritance flattened or as {@code allOf} with a discriminator.
 *
 * <p>{@code @JsonInclude} is deliberately not read: it decides whether Jackson writes a value,
 * never its shape, and an optional property may be absent anyway.
 */
final class ObjectSchemaBuilder {
  private final TypeSchemaReader reader;
  private final BeanPropertyReader properties;
  private final DisplayReader display;
  private final ConstraintReader constraints;
  private final AnnotationValues values;
  private final Types types;
  private final boolean allOf;
  private final TypeIdReader typeIds;
  private final FormatShapes shapes;
  private final ValueExtensionReader extensions;

  ObjectSchemaBuilder(
      TypeSchemaReader reader,
      BeanPropertyReader properties,
      DisplayReader display,
      ConstraintReader constraints,
      AnnotationValues values,
      Types types,
      TypeIdReader typeIds,
      boolean allOf,
      ValueExtensionReader extensions) {
    this.reader = reader;
    this.properties = properties;
    this.display = display;
    this.constraints = constraints;
    this.values = values;
    this.types = types;
    this.allOf = allOf;
    this.typeIds = typeIds;
    this.shapes = new FormatShapes(values, types);
    this.extensions = extensions;
  }

  Schema build(DeclaredType type, Origin origin) {
    TypeElement element = (TypeElement) type.asElement();
    Optional<Element> jsonValue = member(element, Names.JACKSON + "JsonValue");
    if (jsonValue.isPresent()) {
      Schema value =
          reader.schemaOf(memberType(type, jsonValue.get()), false, Origin.of(jsonValue.get()));
      return value.isRef() ? value : valueFacts(value, element, jsonValue.get());
    }
    boolean asArray =
        find(element, Names.JACKSON + "JsonFormat")
            .map(f -> values.enumName(f, "shape").equals("ARRAY"))
            .orElse(false);
    if (asArray) {
      return reader.notDescribable(
          type,
          "its @JsonFormat(shape = ARRAY) makes Jackson write it"
              + " as an array of its property values, which a connector schema cannot describe",
          origin);
    }
    String naming = properties.unsupportedNaming(element);
    if (naming != null) {
      return reader.notDescribable(
          type,
          "its @JsonNaming("
              + naming
              + ".class) is not one of Jackson's own strategies,"
              + " so the property names cannot be computed at compile time; use a strategy of"
              + " PropertyNamingStrategies or name the properties with @JsonProperty",
          origin);
    }
    DeclaredType superModel = allOf ? superModel(element) : null;
    Map<String, Schema> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (BeanProperty p : properties.read(type, superModel == null)) {
      addProperty(p, props, required);
    }
    Schema.Builder object = Schema.builder().type("object");
    String failure = typeId(element, superModel, props, required, object);
    if (failure != null) {
      return reader.notDescribable(type, failure, origin);
    }
    Optional<Element> anyGetter = member(element, Names.JACKSON + "JsonAnyGetter");
    anyGetter
        .map(m -> memberType(type, m))
        .map(t -> reader.schemaOf(t, false, Origin.of(anyGetter.get())))
        .ifPresent(map -> object.additionalProperties(map.additionalProperties()));
    Display doc = display.read(element);
    boolean emptyProperties =
        SwaggerKeys.of(values, List.of(element), Names.EXPLICIT).contains("properties");
    object
        .properties(props.isEmpty() && !emptyProperties ? null : props)
        .required(required.isEmpty() ? null : required);
    // A type with a dynamic schema is described at design time: it may have no properties.
    boolean dynamic = extensions.hasAny(List.of(element));
    boolean explicitlyEmpty =
        emptyProperties
            && element.getKind() == javax.lang.model.element.ElementKind.RECORD
            && element.getRecordComponents().isEmpty();
    if (props.isEmpty()
        && superModel == null
        && anyGetter.isEmpty()
        && !dynamic
        && !explicitlyEmpty) {
      return reader.notDescribable(
          type,
          "Jackson finds no properties in it (no public fields, getters or record"
              + " components); add some, or give it a @JsonValue",
          origin);
    }
    if (superModel == null) {
      Schema built =
          object
              .description(doc.description())
              .summary(doc.summary())
              .visibility(doc.visibility())
              .build();
      return dynamic ? extensions.apply(built, List.of(element)) : built;
    }
    Schema parent = reader.schemaOf(superModel, false, Origin.of(element));
    return Schema.builder()
        .description(doc.description())
        .summary(doc.summary())
        .allOf(List.of(parent, object.build()))
        .build();
  }

  /** The types a model type's schema refers to: property, value and supertype types. */
  List<TypeMirror> references(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    Optional<Element> jsonValue = member(element, Names.JACKSON + "JsonValue");
    if (jsonValue.isPresent()) {
      return List.of(memberType(type, jsonValue.get()));
    }
    DeclaredType superModel = allOf ? superModel(element) : null;
    List<TypeMirror> out = new ArrayList<>();
    properties.read(type, superModel == null).forEach(p -> out.add(p.type()));
    member(element, Names.JACKSON + "JsonAnyGetter").ifPresent(m -> out.add(memberType(type, m)));
    if (superModel != null) {
      out.add(superModel);
    }
    return out;
  }

  private void addProperty(BeanProperty p, Map<String, Schema> props, List<String> required) {
    Origin origin = Origin.of(DisplayReader.positioned(p.accessors()));
    if (p.unwrapped()) {
      Schema inner = reader.schemaOf(p.type(), true, origin);
      if (inner.properties() != null) {
        inner.properties().forEach((k, v) -> props.put(p.unwrapPrefix() + k + p.unwrapSuffix(), v));
      }
      // Jackson writes nothing for a null unwrapped value: its required properties are only
      // required when the unwrapped value itself is.
      boolean present =
          p.required() || constraints.apply(inner, p.accessors(), p.type()).required();
      if (inner.required() != null && present) {
        inner.required().forEach(k -> required.add(p.unwrapPrefix() + k + p.unwrapSuffix()));
      }
      return;
    }
    Display d = display.read(p.accessors());
    boolean extended = extensions.hasAny(p.accessors());
    boolean described = !d.isEmpty() || p.readOnly() || extended;
    // Nothing may stand beside a $ref: a described model property is written in place, unless
    // its type is recursive (then the description is lost, but the schema stays finite).
    boolean inline =
        p.accessors().stream().anyMatch(e -> has(e, Names.INLINE))
            || (described && reader.isModel(p.type()) && !reader.isRecursive(p.type()));
    Schema schema = reader.schemaOf(p.type(), inline, origin);
    Optional<AnnotationMirror> format =
        p.accessors().stream()
            .map(e -> find(e, Names.JACKSON + "JsonFormat"))
            .flatMap(Optional::stream)
            .findFirst();
    if (format.isPresent()) {
      FormatShapes.Shaped shaped = shapes.apply(format.get(), p.type(), schema);
      if (shaped.failure() != null) {
        reader.notDescribable(p.type(), shaped.failure(), origin);
      } else if (shaped.schema() != null) {
        schema = shaped.schema();
      }
    }
    ConstraintReader.Result c = constraints.apply(schema, p.accessors(), p.type());
    if (!schema.isRef()) {
      schema = withDefault(c.schema(), p);
    }
    if (described && !schema.isRef()) {
      // The property's own words win; an inlined type keeps its description otherwise.
      schema =
          schema.toBuilder()
              .description(d.description() != null ? d.description() : schema.description())
              .summary(d.summary() != null ? d.summary() : schema.summary())
              .visibility(d.visibility())
              .readOnly(p.readOnly() ? Boolean.TRUE : null)
              .build();
    }
    if (extended && !schema.isRef()) {
      schema = extensions.apply(schema, p.accessors());
    }
    boolean notificationUrl =
        p.accessors().stream().anyMatch(e -> has(e, Names.CK + "NotificationUrl"));
    props.put(p.name(), schema);
    if (p.required() || c.required() || notificationUrl) {
      required.add(p.name());
    }
  }

  /**
   * A {@code @JsonValue} type's schema with what its annotations say: the value member's
   * {@code @Format} and other value annotations, Bean Validation limits and
   * {@code @JsonProperty(defaultValue)}, the type's {@code @Description}, {@code @Summary},
   * visibility marker, {@code @Title} and {@code @Extension}s. Only annotations count (not
   * Javadoc), so such a type describes a plain value, e.g. the items of a list.
   */
  private Schema valueFacts(Schema value, TypeElement element, Element member) {
    Schema out =
        extensions.hasAny(List.of(member)) ? extensions.apply(value, List.of(member)) : value;
    out = constraints.apply(out, List.of(member), member.asType()).schema();
    Optional<AnnotationMirror> jp = find(member, Names.JACKSON + "JsonProperty");
    String dflt = jp.map(a -> values.string(a, "defaultValue")).orElse("");
    if (!dflt.isEmpty()) {
      out = out.toBuilder().defaultValue(ParameterReader.typed(dflt, out)).build();
    }
    Display d = display.read(element);
    Schema.Builder b = out.toBuilder();
    find(element, Names.DESCRIPTION).ifPresent(a -> b.description(values.string(a, "value")));
    find(element, Names.SUMMARY).ifPresent(a -> b.summary(values.string(a, "value")));
    if (d.visibility() != null) {
      b.visibility(d.visibility());
    }
    out = b.build();
    return extensions.hasAny(List.of(element)) ? extensions.apply(out, List.of(element)) : out;
  }

  /** The {@code @JsonProperty(defaultValue = ...)} of a property, typed as its schema. */
  private Schema withDefault(Schema schema, BeanProperty p) {
    for (Element e : p.accessors()) {
      Optional<AnnotationMirror> jp = find(e, Names.JACKSON + "JsonProperty");
      String value = jp.map(a -> values.string(a, "defaultValue")).orElse("");
      if (!value.isEmpty()) {
        return schema.toBuilder().defaultValue(ParameterReader.typed(value, schema)).build();
      }
    }
    return schema;
  }

  /**
   * Adds the type id property Jackson writes, first and required, with the ids it can hold as
   * {@code enum}. In allOf mode a type whose parent definition has it already gets nothing, and the
   * type that declares {@code @JsonTypeInfo} also gets the discriminator and defines its subtypes.
   * Returns why the JSON cannot be described, or null.
   */
  private String typeId(
      TypeElement element,
      DeclaredType superModel,
      Map<String, Schema> props,
      List<String> required,
      Schema.Builder out) {
    Optional<TypeIdReader.TypeId> found = typeIds.read(element);
    if (found.isEmpty()) {
      return null;
    }
    TypeIdReader.TypeId id = found.get();
    if (id.failure() != null) {
      return id.failure();
    }
    TypeMirror base = types.erasure(id.base().asType());
    if (superModel != null && types.isSubtype(types.erasure(superModel), base)) {
      return null;
    }
    Schema schema =
        id.existing() && props.containsKey(id.property())
            ? props.get(id.property())
            : Schema.builder()
                .type("string")
                .enumValues(id.ids().isEmpty() ? null : id.ids())
                .build();
    Map<String, Schema> rest = new LinkedHashMap<>(props);
    rest.remove(id.property());
    props.clear();
    props.put(id.property(), schema);
    props.putAll(rest);
    required.remove(id.property());
    required.add(0, id.property());
    if (allOf && id.base().equals(element)) {
      out.discriminator(id.property());
      id.subtypes().forEach(t -> reader.define(t, Origin.of(element)));
    }
    return null;
  }

  private DeclaredType superModel(TypeElement element) {
    TypeMirror sup = element.getSuperclass();
    if (sup.getKind() != TypeKind.DECLARED) {
      return null;
    }
    String qn = ((TypeElement) types.asElement(sup)).getQualifiedName().toString();
    return qn.startsWith("java.") ? null : (DeclaredType) sup;
  }

  private static Optional<Element> member(TypeElement element, String annotation) {
    return element.getEnclosedElements().stream()
        .filter(e -> has(e, annotation))
        .map(e -> (Element) e)
        .findFirst();
  }

  private TypeMirror memberType(DeclaredType owner, Element member) {
    TypeMirror t = types.asMemberOf(owner, member);
    return member instanceof ExecutableElement ? ((ExecutableType) t).getReturnType() : t;
  }
}
