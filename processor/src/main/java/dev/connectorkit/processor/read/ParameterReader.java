package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.has;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.ParameterLocation;
import dev.connectorkit.processor.model.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the parameters of a resource method: path, query, header and form parameters,
 * {@code @BeanParam}s flattened, the entity as the body, {@code @Context} ignored, and parameter
 * fields of the resource classes on the way.
 */
final class ParameterReader {
  private final Types types;
  private final Elements elements;
  private final AnnotationValues values;
  private final JaxRs jaxRs;
  private final TypeSchemaReader schemas;
  private final DisplayReader display;
  private final ConstraintReader constraints;
  private final Diagnostics diagnostics;
  private final ValueExtensionReader extensions;
  private final JavaTypes javaTypes;

  ParameterReader(
      Types types,
      Elements elements,
      AnnotationValues values,
      JaxRs jaxRs,
      TypeSchemaReader schemas,
      DisplayReader display,
      Diagnostics diagnostics) {
    this.types = types;
    this.elements = elements;
    this.values = values;
    this.jaxRs = jaxRs;
    this.schemas = schemas;
    this.display = display;
    this.constraints = new ConstraintReader(values);
    this.diagnostics = diagnostics;
    this.extensions = new ValueExtensionReader(values, diagnostics);
    this.javaTypes = new JavaTypes(types, elements);
  }

  /** The parameters in order: resource fields and locator parameters first, then the method's. */
  List<Parameter> read(ResourceMethod rm) {
    List<Parameter> out = new ArrayList<>();
    for (VariableElement field : rm.classParams()) {
      add(field, List.of(field), field.asType(), out);
    }
    List<? extends TypeMirror> paramTypes =
        ((ExecutableType) types.asMemberOf(rm.owner(), rm.method())).getParameterTypes();
    for (int i = 0; i < rm.method().getParameters().size(); i++) {
      VariableElement own = rm.method().getParameters().get(i);
      VariableElement annotated = rm.annotated().getParameters().get(i);
      List<Element> carriers = own.equals(annotated) ? List.of(own) : List.of(own, annotated);
      add(annotated, carriers, paramTypes.get(i), out);
    }
    return out;
  }

  private void add(
      VariableElement jaxrsCarrier, List<Element> carriers, TypeMirror type, List<Parameter> out) {
    if (jaxRs.annotation(jaxrsCarrier, "core.Context").isPresent()
        || jaxRs.annotation(jaxrsCarrier, "container.Suspended").isPresent()) {
      return;
    }
    for (String unsupported : List.of("CookieParam", "MatrixParam")) {
      Optional<AnnotationMirror> a = jaxRs.annotation(jaxrsCarrier, unsupported);
      if (a.isPresent()) {
        String kind = unsupported.equals("CookieParam") ? "cookie" : "matrix";
        diagnostics.report(
            Message.UNSUPPORTED_PARAMETER,
            Origin.of(jaxrsCarrier, a.get()),
            kind,
            unsupported,
            values.string(a.get(), "value"));
        return;
      }
    }
    if (jaxRs.annotation(jaxrsCarrier, "BeanParam").isPresent()) {
      beanParams(type, out);
      return;
    }
    for (ParameterLocation loc :
        List.of(
            ParameterLocation.PATH,
            ParameterLocation.QUERY,
            ParameterLocation.HEADER,
            ParameterLocation.FORM_DATA)) {
      Optional<AnnotationMirror> a = jaxRs.annotation(jaxrsCarrier, annotationName(loc));
      if (a.isEmpty() && loc == ParameterLocation.FORM_DATA) {
        a =
            AnnotationValues.find(
                jaxrsCarrier, "org.glassfish.jersey.media.multipart.FormDataParam");
      }
      if (a.isPresent()) {
        out.add(
            simple(
                values.string(a.get(), "value"),
                loc,
                jaxrsCarrier,
                carriers,
                type,
                Origin.of(jaxrsCarrier, a.get()).member("value")));
        return;
      }
    }
    if (jaxrsCarrier.getKind() == ElementKind.PARAMETER) {
      out.add(body(carriers, type));
    }
  }

  /** A named parameter; {@code named} is where its name is written, for diagnostics on it. */
  private Parameter simple(
      String name,
      ParameterLocation loc,
      Element jaxrsCarrier,
      List<Element> carriers,
      TypeMirror type,
      Origin named) {
    boolean optional = isOptional(type);
    TypeMirror valueType = optional ? unwrapOptional(type) : type;
    Origin origin = Origin.of(carriers.get(0));
    Schema schema = paramSchema(valueType, loc, origin);
    Optional<AnnotationMirror> def = jaxRs.annotation(jaxrsCarrier, "DefaultValue");
    if (def.isPresent()) {
      schema =
          schema.toBuilder().defaultValue(typed(values.string(def.get(), "value"), schema)).build();
    }
    ConstraintReader.Result c = constraints.apply(schema, carriers, type);
    Display d = display.read(carriers);
    boolean encoded = isEncoded(jaxrsCarrier);
    // JAX-RS reads a repeated query or form parameter into a collection; Swagger 2.0 allows
    // "multi" only there, other arrays travel as the default "csv".
    boolean repeated = loc == ParameterLocation.QUERY || loc == ParameterLocation.FORM_DATA;
    String collectionFormat = "array".equals(schema.type()) && repeated ? "multi" : null;
    Schema withExtensions =
        extensions.hasAny(carriers)
            ? extensions.applyToParameter(c.schema(), carriers)
            : c.schema();
    boolean required = loc == ParameterLocation.PATH || required(carriers).orElse(c.required());
    return new Parameter(
        name,
        loc,
        required,
        d.description(),
        d.summary(),
        d.visibility(),
        encoded,
        collectionFormat,
        withExtensions,
        shared(carriers),
        named,
        List.of());
  }

  /** {@code @Encoded} on the parameter, its method or constructor, or its class. */
  private boolean isEncoded(Element carrier) {
    for (Element e = carrier; e != null; e = e.getEnclosingElement()) {
      if (jaxRs.annotation(e, "Encoded").isPresent()) {
        return true;
      }
      if (e instanceof TypeElement) {
        return false;
      }
    }
    return false;
  }

  private Parameter body(List<Element> carriers, TypeMirror type) {
    Origin origin = Origin.of(carriers.get(0));
    boolean inline = carriers.stream().anyMatch(e -> has(e, Names.INLINE));
    Schema schema =
        schemas.isBinary(type)
            ? Schema.of("string", "binary")
            : schemas.schemaOf(type, inline, origin);
    if (extensions.hasAny(carriers)) {
      if (schema.isRef()) {
        schema = schemas.schemaOf(type, true, origin);
      }
      schema = extensions.apply(schema, carriers);
    }
    Display d = display.read(carriers);
    return new Parameter(
        carriers.get(0).getSimpleName().toString(),
        ParameterLocation.BODY,
        required(carriers).orElse(!nullable(carriers, type)),
        d.description(),
        d.summary(),
        d.visibility(),
        false,
        null,
        schema,
        shared(carriers),
        origin,
        List.of());
  }

  /**
   * Whether a body may be left out: its parameter or type carries an annotation named {@code
   * Nullable}, from whichever package (JSpecify, jakarta.annotation, javax.annotation...).
   */
  private static boolean nullable(List<Element> carriers, TypeMirror type) {
    List<AnnotationMirror> mirrors = new ArrayList<>(type.getAnnotationMirrors());
    carriers.forEach(e -> mirrors.addAll(e.getAnnotationMirrors()));
    return mirrors.stream()
        .anyMatch(m -> m.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable"));
  }

  /** What {@code @Required} says, if a carrier has it. */
  private Optional<Boolean> required(List<Element> carriers) {
    for (Element e : carriers) {
      Optional<AnnotationMirror> a = AnnotationValues.find(e, Names.REQUIRED);
      if (a.isPresent()) {
        return Optional.of(values.bool(a.get(), "value"));
      }
    }
    return Optional.empty();
  }

  private String shared(List<Element> carriers) {
    for (Element e : carriers) {
      Optional<AnnotationMirror> a = AnnotationValues.find(e, Names.CK + "Shared");
      if (a.isPresent()) {
        return values.string(a.get(), "value");
      }
    }
    return null;
  }

  /** A non-body parameter's schema: scalars, enums and arrays of them; other types as strings. */
  private Schema paramSchema(TypeMirror type, ParameterLocation loc, Origin origin) {
    if (loc == ParameterLocation.FORM_DATA && schemas.isBinary(type)) {
      return Schema.of("file", null);
    }
    if (type.getKind() == TypeKind.DECLARED) {
      TypeElement e = (TypeElement) types.asElement(type);
      String qn = e.getQualifiedName().toString();
      if (isCollection(type)) {
        List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
        TypeMirror item =
            args.isEmpty() ? elements.getTypeElement("java.lang.String").asType() : args.get(0);
        Schema.Builder b = Schema.builder().type("array").items(paramSchema(item, loc, origin));
        if (isSubtype(type, "java.util.Set")) {
          b.uniqueItems(true);
        }
        return b.build();
      }
      if (e.getKind() == ElementKind.ENUM) {
        return enumParamSchema(e, type, origin);
      }
      if (KnownTypes.byName(qn) == null && e.getKind() != ElementKind.ENUM
          || qn.equals("java.lang.Object")) {
        return Schema.of("string", null);
      }
    }
    return schemas.schemaOf(type, true, origin);
  }

  /**
   * JAX-RS converts an enum parameter with {@code valueOf}, so the URL carries the constant names
   * (not the JSON names); an enum's own {@code fromString} takes precedence and accepts strings
   * only known at run time, unless it is also the enum's {@code @JsonCreator}: then parameters and
   * JSON share their values, which the enum's JSON schema lists.
   */
  private Schema enumParamSchema(TypeElement enumType, TypeMirror type, Origin origin) {
    List<Object> names = new ArrayList<>();
    for (Element member : enumType.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        names.add(member.getSimpleName().toString());
      }
      if (member instanceof ExecutableElement m
          && m.getModifiers().contains(Modifier.STATIC)
          && m.getSimpleName().contentEquals("fromString")
          && m.getParameters().size() == 1) {
        return has(m, Names.JACKSON + "JsonCreator")
            ? schemas.schemaOf(type, true, origin)
            : Schema.of("string", null);
      }
    }
    Schema.Builder b = Schema.builder().type("string").enumValues(names);
    List<Object> labels = schemas.enumLabels(enumType, names);
    if (labels != null) {
      b.extension("x-ms-enum-values", labels);
    }
    return b.build();
  }

  /**
   * The parameters of a {@code @BeanParam}: annotated fields (superclass fields first) and setters,
   * and the parameters of the constructor JAX-RS picks (the one with the most).
   */
  private void beanParams(TypeMirror type, List<Parameter> out) {
    if (type.getKind() != TypeKind.DECLARED) {
      return;
    }
    DeclaredType owner = (DeclaredType) type;
    List<TypeElement> hierarchy = new ArrayList<>();
    for (TypeMirror t = type; t.getKind() == TypeKind.DECLARED; ) {
      TypeElement e = (TypeElement) types.asElement(t);
      if (e.getQualifiedName().contentEquals("java.lang.Object")) {
        break;
      }
      hierarchy.add(0, e);
      t = e.getSuperclass();
    }
    for (TypeElement declaring : hierarchy) {
      for (Element member : declaring.getEnclosedElements()) {
        if (member.getModifiers().contains(Modifier.STATIC)) {
          continue;
        }
        if (member.getKind() == ElementKind.FIELD) {
          add((VariableElement) member, List.of(member), types.asMemberOf(owner, member), out);
        } else if (member.getKind() == ElementKind.METHOD
            && ((ExecutableElement) member).getParameters().size() == 1
            && JaxRs.hasAny(member)) {
          VariableElement param = ((ExecutableElement) member).getParameters().get(0);
          TypeMirror t =
              ((ExecutableType) types.asMemberOf(owner, member)).getParameterTypes().get(0);
          addSetter((ExecutableElement) member, param, t, out);
        }
      }
    }
    TypeElement bean = (TypeElement) owner.asElement();
    ElementFilter.constructorsIn(bean.getEnclosedElements()).stream()
        .max(Comparator.comparingInt(c -> c.getParameters().size()))
        .ifPresent(
            ctor -> {
              List<? extends TypeMirror> paramTypes =
                  ((ExecutableType) types.asMemberOf(owner, ctor)).getParameterTypes();
              for (int i = 0; i < paramTypes.size(); i++) {
                VariableElement p = ctor.getParameters().get(i);
                if (JaxRs.hasAny(p)) {
                  add(p, List.of(p), paramTypes.get(i), out);
                }
              }
            });
  }

  /**
   * A {@code @QueryParam} (or other) on a bean setter: the JAX-RS annotations,
   * {@code @DefaultValue} and {@code @Encoded} included, are on the method.
   */
  private void addSetter(
      ExecutableElement setter, VariableElement param, TypeMirror type, List<Parameter> out) {
    if (jaxRs.annotation(setter, "BeanParam").isPresent()) {
      beanParams(type, out);
      return;
    }
    for (ParameterLocation loc :
        List.of(
            ParameterLocation.PATH,
            ParameterLocation.QUERY,
            ParameterLocation.HEADER,
            ParameterLocation.FORM_DATA)) {
      Optional<AnnotationMirror> a = jaxRs.annotation(setter, annotationName(loc));
      if (a.isPresent()) {
        out.add(
            simple(
                values.string(a.get(), "value"),
                loc,
                setter,
                List.of(setter, param),
                type,
                Origin.of(setter, a.get()).member("value")));
        return;
      }
    }
  }

  private static String annotationName(ParameterLocation loc) {
    return switch (loc) {
      case PATH -> "PathParam";
      case QUERY -> "QueryParam";
      case HEADER -> "HeaderParam";
      case FORM_DATA -> "FormParam";
      case BODY -> throw new IllegalArgumentException();
    };
  }

  private boolean isOptional(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) types.asElement(type))
            .getQualifiedName()
            .contentEquals("java.util.Optional");
  }

  private TypeMirror unwrapOptional(TypeMirror type) {
    List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
    return args.isEmpty() ? elements.getTypeElement("java.lang.String").asType() : args.get(0);
  }

  private boolean isCollection(TypeMirror type) {
    return isSubtype(type, "java.util.Collection");
  }

  private boolean isSubtype(TypeMirror type, String qualifiedName) {
    return javaTypes.isSubtype(type, qualifiedName);
  }

  /**
   * A {@code @DefaultValue} string as the JSON value of the parameter's type; for a collection,
   * JAX-RS makes a collection of that one value.
   */
  static Object typed(String value, Schema schema) {
    if ("array".equals(schema.type()) && schema.items() != null) {
      return List.of(typed(value, schema.items()));
    }
    try {
      return switch (schema.type() == null ? "" : schema.type()) {
        case "integer" -> Long.valueOf(value.strip());
        case "number" -> new BigDecimal(value.strip());
        case "boolean" -> Boolean.valueOf(value.strip());
        default -> value;
      };
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
