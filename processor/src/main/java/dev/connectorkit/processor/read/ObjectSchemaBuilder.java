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
 */
final class ObjectSchemaBuilder {
  private final TypeSchemaReader reader;
  private final BeanPropertyReader properties;
  private final DisplayReader display;
  private final ConstraintReader constraints;
  private final AnnotationValues values;
  private final Types types;
  private final boolean allOf;
  private final ValueExtensionReader extensions;

  ObjectSchemaBuilder(
      TypeSchemaReader reader,
      BeanPropertyReader properties,
      DisplayReader display,
      ConstraintReader constraints,
      AnnotationValues values,
      Types types,
      boolean allOf,
      ValueExtensionReader extensions) {
    this.reader = reader;
    this.properties = properties;
    this.display = display;
    this.constraints = constraints;
    this.values = values;
    this.types = types;
    this.allOf = allOf;
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
    Schema shaped = shape(find(element, Names.JACKSON + "JsonFormat"), null);
    if (shaped != null) {
      return shaped;
    }
    DeclaredType superModel = allOf ? superModel(element) : null;
    Map<String, Schema> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (BeanProperty p : properties.read(type, superModel == null)) {
      addProperty(p, props, required);
    }
    Schema.Builder object = Schema.builder().type("object");
    typeId(element, props, required, object);
    member(element, Names.JACKSON + "JsonAnyGetter")
        .map(m -> memberType(type, m))
        .filter(t -> t.getKind() == TypeKind.DECLARED)
        .map(t -> reader.schemaOf(t, false, Origin.of(element)))
        .ifPresent(map -> object.additionalProperties(map.additionalProperties()));
    Display doc = display.read(element);
    boolean emptyProperties =
        SwaggerKeys.of(values, List.of(element), Names.EXPLICIT).contains("properties");
    object.properties(props.isEmpty() && !emptyProperties ? null : props)
        .required(required.isEmpty() ? null : required);
    boolean dynamic = extensions.hasAny(List.of(element));
    // A record without components says on purpose that the object has no known properties.
    boolean emptyRecord = element.getKind() == javax.lang.model.element.ElementKind.RECORD
        && element.getRecordComponents().isEmpty();
    if (props.isEmpty() && superModel == null && !isPolymorphicBase(element) && !dynamic
        && object.build().additionalProperties() == null && !emptyRecord) {
      return reader.notDescribable(
          type, "Jackson finds no properties in it (no public fields, getters or record"
              + " components); add some, or give it a @JsonValue", origin);
    }
    if (superModel == null) {
      Schema built = object.description(doc.description()).summary(doc.summary())
          .visibility(doc.visibility()).build();
      return dynamic ? extensions.apply(built, List.of(element)) : built;
    }
    Schema parent = reader.schemaOf(superModel, false, Origin.of(element));
    return Schema.builder()
        .description(doc.description())
        .summary(doc.summary())
        .allOf(List.of(parent, object.build()))
        .build();
  }

  private void addProperty(BeanProperty p, Map<String, Schema> props, List<String> required) {
    Origin origin = Origin.of(p.accessors().get(0));
    if (p.unwrapped()) {
      Schema inner = reader.schemaOf(p.type(), true, origin);
      if (inner.properties() != null) {
        inner.properties().forEach((k, v) -> props.put(p.unwrapPrefix() + k + p.unwrapSuffix(), v));
      }
      if (inner.required() != null) {
        inner.required().forEach(k -> required.add(p.unwrapPrefix() + k + p.unwrapSuffix()));
      }
      return;
    }
    boolean inline = p.accessors().stream().anyMatch(e -> has(e, Names.INLINE));
    Schema schema = reader.schemaOf(p.type(), inline, origin);
    Optional<AnnotationMirror> format =
        p.accessors().stream().map(e -> find(e, Names.JACKSON + "JsonFormat"))
            .flatMap(Optional::stream).findFirst();
    Schema shaped = shape(format, schema);
    schema = shaped != null ? shaped : schema;
    ConstraintReader.Result c = constraints.apply(schema, p.accessors(), p.type());
    if (!schema.isRef()) {
      schema = withDefault(c.schema(), p);
    }
    Display d = display.read(p.accessors());
    if (!d.isEmpty() || p.readOnly()) {
      if (schema.isRef() && !reader.isBuilding(p.type())) {
        schema = reader.schemaOf(p.type(), true, origin);
      }
      if (!schema.isRef()) {
        schema = schema.toBuilder()
            .description(d.description()).summary(d.summary()).visibility(d.visibility())
            .readOnly(p.readOnly() ? Boolean.TRUE : null)
            .build();
      }
    }
    boolean notificationUrl =
        p.accessors().stream().anyMatch(e -> has(e, Names.CK + "NotificationUrl"));
    if (extensions.hasAny(p.accessors())) {
      if (schema.isRef() && !reader.isBuilding(p.type())) {
        schema = reader.schemaOf(p.type(), true, origin);
      }
      if (!schema.isRef()) {
        schema = extensions.apply(schema, p.accessors());
      }
    }
    props.put(p.name(), schema);
    if (p.required() || c.required() || notificationUrl) {
      required.add(p.name());
    }
  }

  /**
   * A {@code @JsonValue} type's schema with what its annotations say: the value member's
   * {@code @Format} and other value annotations, Bean Validation limits and {@code
   * @JsonProperty(defaultValue)}, the type's {@code @Description}, {@code
   * @Summary}, visibility marker, {@code @Title} and {@code @Extension}s. Only annotations count
   * (not Javadoc), so such a type describes a plain value, e.g. the items of a list.
   */
  private Schema valueFacts(Schema value, TypeElement element, Element member) {
    Schema out = extensions.hasAny(List.of(member)) ? extensions.apply(value, List.of(member))
        : value;
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

  /** The schema a {@code @JsonFormat(shape = ...)} asks for, or null to keep the natural one. */
  private Schema shape(Optional<AnnotationMirror> format, Schema natural) {
    if (format.isEmpty()) {
      return null;
    }
    String shape = values.enumName(format.get(), "shape");
    boolean pattern = !values.string(format.get(), "pattern").isEmpty();
    return switch (shape) {
      case "STRING" -> natural != null && "string".equals(natural.type()) && !pattern
          ? natural : Schema.of("string", null);
      case "NUMBER", "NUMBER_INT" -> Schema.of("integer", "int64");
      case "NUMBER_FLOAT" -> Schema.of("number", "double");
      case "BOOLEAN" -> Schema.of("boolean", null);
      case "ARRAY" -> Schema.arrayOf(Schema.freeForm());
      default -> pattern && natural != null && "string".equals(natural.type())
          ? Schema.of("string", null) : null;
    };
  }

  /** Adds the {@code @JsonTypeInfo} property; in allOf mode the base also gets a discriminator. */
  private void typeId(
      TypeElement element, Map<String, Schema> props, List<String> required, Schema.Builder out) {
    for (TypeElement t = element; t != null; t = superElement(t)) {
      Optional<AnnotationMirror> info = find(t, Names.JACKSON + "JsonTypeInfo");
      if (info.isEmpty()) {
        continue;
      }
      String include = values.enumName(info.get(), "include");
      if (!include.equals("PROPERTY") && !include.equals("EXISTING_PROPERTY")) {
        return;
      }
      String property = values.string(info.get(), "property");
      if (property.isEmpty()) {
        property = switch (values.enumName(info.get(), "use")) {
          case "CLASS" -> "@class";
          case "MINIMAL_CLASS" -> "@c";
          default -> "@type";
        };
      }
      boolean declaresHere = t.equals(element);
      if (allOf && !declaresHere) {
        return;
      }
      props.putIfAbsent(property, Schema.of("string", null));
      if (allOf) {
        out.discriminator(property);
        if (!required.contains(property)) {
          required.add(property);
        }
        find(t, Names.JACKSON + "JsonSubTypes").ifPresent(subs -> {
          for (AnnotationMirror sub : values.annotations(subs, "value")) {
            reader.define(values.type(sub, "value"), Origin.of(element));
          }
        });
      }
      return;
    }
  }

  private boolean isPolymorphicBase(TypeElement element) {
    return has(element, Names.JACKSON + "JsonTypeInfo");
  }

  private DeclaredType superModel(TypeElement element) {
    TypeMirror sup = element.getSuperclass();
    if (sup.getKind() != TypeKind.DECLARED) {
      return null;
    }
    String qn = ((TypeElement) types.asElement(sup)).getQualifiedName().toString();
    return qn.startsWith("java.") ? null : (DeclaredType) sup;
  }

  private TypeElement superElement(TypeElement t) {
    TypeMirror sup = t.getSuperclass();
    return sup.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(sup) : null;
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
