package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.model.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Records for object schemas: one component per property, named in Java style with
 * {@code @JsonProperty} where the JSON name differs, required ones marked, in an order that makes
 * the processor write {@code required} as the original lists it; descriptions as Javadoc.
 */
final class RecordBuilder {
  private static final ClassName JSON_VALUE =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");

  private final ModelTypes types;
  private final ValueAnnotations values;
  private final Problems problems;
  private final Calls calls;
  private final JavaNames.Scope typeNames;

  RecordBuilder(
      ModelTypes types,
      ValueAnnotations values,
      Problems problems,
      Calls calls,
      JavaNames.Scope typeNames) {
    this.typeNames = typeNames;
    this.types = types;
    this.values = values;
    this.problems = problems;
    this.calls = calls;
  }

  /**
   * Whether the processor describes a record without components from its other facts: no type, a
   * title, format or example, or an extension (a dynamic schema, say) make it a schema of its own.
   */
  private static boolean describedWithoutProperties(Schema s) {
    return s.type() == null
        || s.title() != null
        || s.format() != null
        || s.example() != null
        || (s.extensions() != null && !s.extensions().isEmpty());
  }

  /** A record for an object schema; {@code inline} marks it {@code @Inline} (no definition). */
  TypeSpec build(ClassName name, Schema s, boolean inline) {
    TypeSpec.Builder b =
        TypeSpec.recordBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .alwaysQualify(typeNames.qualified());
    if (inline) {
      b.addAnnotation(AnnotationSpec.builder(Annotations.ck("Inline")).build());
    }
    typeFacts(s, b, false, false);
    if (s.type() == null) {
      b.addAnnotation(Annotations.keys("Omit", List.of("TYPE")));
    }
    if (s.listsProperties() && !s.hasProperties()) {
      b.addAnnotation(Annotations.keys("Explicit", List.of("PROPERTIES")));
    } else if (!s.hasProperties() && !describedWithoutProperties(s)) {
      // The processor refuses a record Jackson finds no properties in, unless it says them.
      problems.warn(
          Problems.SWAGGER,
          s.pointer(),
          "an object without properties is imported as a record with none, which the processor"
              + " writes with \"properties\": {}");
      b.addAnnotation(Annotations.keys("Explicit", List.of("PROPERTIES")));
    }
    // The main text of a model's Javadoc is its description, so there is none without one.
    StringBuilder javadoc = new StringBuilder();
    if (s.description() != null && !s.description().isBlank()) {
      javadoc.append(Docs.safe(s.description())).append('\n');
    }
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
    JavaNames.Scope members = new JavaNames.Scope();
    Map<String, Schema> properties = s.properties() == null ? Map.of() : s.properties();
    List<String> order = order(s, properties);
    boolean paramsStarted = false;
    ValueAnnotations.CallCheck check = calls.forObject(s);
    boolean urlAllowed = calls.notificationUrlAllowed(s);
    Set<String> required = new HashSet<>(s.required() == null ? List.of() : s.required());
    for (String prop : order) {
      Schema p = properties.get(prop);
      String component = members.claim(JavaNames.lowerCamel(prop, "property"));
      String hint = name.simpleName() + JavaNames.upperCamel(prop, "Property");
      boolean req = required.contains(prop);
      ModelTypes.Use use = req ? ModelTypes.Use.REQUIRED_PROPERTY : ModelTypes.Use.PROPERTY;
      JavaType type = types.map(p, hint, use);
      ParameterSpec.Builder c = ParameterSpec.builder(type.type(), component);
      AnnotationSpec.Builder json = AnnotationSpec.builder(EnumBuilder.JSON_PROPERTY);
      if (!component.equals(prop)) {
        json.addMember("value", "$S", prop);
      }
      if (req) {
        json.addMember("required", "true");
      }
      if (p.defaultValue() != null && !p.isRef()) {
        String text = values.defaultText(p, p.pointer());
        if (text != null) {
          json.addMember("defaultValue", "$S", text);
        }
      }
      if (Boolean.TRUE.equals(p.readOnly())) {
        json.addMember("access", "$T.Access.READ_ONLY", EnumBuilder.JSON_PROPERTY);
      } else if (Boolean.FALSE.equals(p.readOnly())) {
        problems.warn(
            Problems.SWAGGER,
            p.pointer() + "/readOnly",
            "\"readOnly\": false is the" + " default and is left out");
      }
      AnnotationSpec jp = json.build();
      if (!jp.members().isEmpty()) {
        c.addAnnotation(jp);
      }
      String javadocText = property(p, type, check, urlAllowed, c);
      if (javadocText != null) {
        javadoc
            .append(paramsStarted || javadoc.isEmpty() ? "" : "\n")
            .append("@param ")
            .append(component)
            .append(' ')
            .append(javadocText)
            .append('\n');
        paramsStarted = true;
      }
      ctor.addParameter(Annotations.merged(c.build()));
    }
    b.recordConstructor(ctor.build());
    if (!javadoc.isEmpty()) {
      b.addJavadoc("$L", javadoc.toString());
    }
    return b.build();
  }

  /** The annotations of one property on its component; returns its Javadoc text, or null. */
  private String property(
      Schema p,
      JavaType type,
      ValueAnnotations.CallCheck check,
      boolean urlAllowed,
      ParameterSpec.Builder c) {
    Schema facts = p;
    Schema enumDef = types.enumDefinition(p);
    String description =
        p.description() != null ? p.description() : enumDef != null ? enumDef.description() : null;
    String summary = p.summary() != null ? p.summary() : enumDef != null ? enumDef.summary() : null;
    ValueAnnotations.Display display =
        values.display(description, summary, p.visibility(), p.pointer());
    display.annotations().forEach(c::addAnnotation);
    if (type.inline()) {
      c.addAnnotation(AnnotationSpec.builder(Annotations.ck("Inline")).build());
    }
    type.annotations().forEach(c::addAnnotation);
    String title = p.title() != null ? p.title() : enumDef != null ? enumDef.title() : null;
    if (title != null) {
      c.addAnnotation(Annotations.of(Annotations.ck("Title"), title));
    }
    if (!p.isRef()) {
      if (p.example() != null) {
        c.addAnnotation(ValueAnnotations.example(p.example()));
      }
      List<AnnotationSpec> limits = new ArrayList<>();
      values.constraints(facts, limits);
      limits.forEach(c::addAnnotation);
      if (p.enumValues() != null
          && p.extension("x-ms-enum-values") != null
          && !EnumBuilder.labelsFit(p)) {
        c.addAnnotation(EnumBuilder.rawLabels(p));
      }
    }
    List<AnnotationSpec> ext = new ArrayList<>();
    Map<String, JsonNode> extensions = p.extensions();
    boolean urlRefused = !urlAllowed || !"string".equals(p.type());
    if (urlRefused && extensions != null && extensions.containsKey("x-ms-notification-url")) {
      // The processor refuses @NotificationUrl in the body of an operation that is no webhook.
      extensions = new LinkedHashMap<>(extensions);
      ext.add(
          ValueAnnotations.raw(
              "x-ms-notification-url", extensions.remove("x-ms-notification-url")));
      problems.warn(
          Problems.SWAGGER,
          p.pointer() + "/x-ms-notification-url",
          "a callback URL"
              + " outside a webhook's body is refused by the processor; it is written raw");
    }
    values.extensions(extensions, p.pointer(), ValueAnnotations.Target.PROPERTY, check, ext);
    ext.forEach(c::addAnnotation);
    return display.javadoc();
  }

  /**
   * The properties in file order, except that the required ones take the places of required ones in
   * the order {@code required} lists them: the processor writes {@code required} in component
   * order.
   */
  private List<String> order(Schema s, Map<String, Schema> properties) {
    List<String> required = new ArrayList<>();
    if (s.required() != null) {
      for (String r : s.required()) {
        if (!properties.containsKey(r)) {
          problems.warn(
              Problems.SWAGGER,
              s.pointer() + "/required",
              "names \""
                  + r
                  + "\", which"
                  + " is not a property; the processor lists only properties");
        } else if (required.contains(r)) {
          problems.warn(Problems.SWAGGER, s.pointer() + "/required", "names \"" + r + "\" twice");
        } else {
          required.add(r);
        }
      }
    }
    List<String> out = new ArrayList<>();
    int next = 0;
    for (String prop : properties.keySet()) {
      out.add(required.contains(prop) ? required.get(next++) : prop);
    }
    return out;
  }

  /**
   * A record holding one {@code @JsonValue}: a definition that is an array or a plain value, or a
   * plain value that says things about itself where it is used in a list, map or response ({@code
   * inline}). The type carries the schema's description, title, visibility and extensions, the
   * value its format; the processor reads only annotations there, so the description is an
   * annotation.
   */
  TypeSpec wrapper(ClassName name, Schema s, JavaType value, boolean inline) {
    TypeSpec.Builder b =
        TypeSpec.recordBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .alwaysQualify(typeNames.qualified());
    if (s.description() != null) {
      b.addJavadoc("$L\n", Docs.safe(s.description()));
    }
    if (inline) {
      b.addAnnotation(AnnotationSpec.builder(Annotations.ck("Inline")).build());
    }
    typeFacts(s, b, true, true);
    ParameterSpec.Builder c =
        ParameterSpec.builder(value.type(), "value").addAnnotation(JSON_VALUE);
    value.annotations().forEach(c::addAnnotation);
    if (s.defaultValue() != null) {
      String text = values.defaultText(s, s.pointer());
      if (text != null) {
        c.addAnnotation(
            AnnotationSpec.builder(EnumBuilder.JSON_PROPERTY)
                .addMember("defaultValue", "$S", text)
                .build());
      }
    }
    List<AnnotationSpec> limits = new ArrayList<>();
    values.constraints(s, limits);
    limits.forEach(c::addAnnotation);
    b.recordConstructor(MethodSpec.constructorBuilder().addParameter(c.build()).build());
    return b.build();
  }

  /**
   * What a schema says about itself, on its type: summary, description ({@code @Description} where
   * Javadoc would not do, or always for a {@code @JsonValue} type), visibility, title, extensions.
   */
  private void typeFacts(Schema s, TypeSpec.Builder b, boolean value, boolean defaultOnValue) {
    if (s.summary() != null) {
      b.addAnnotation(Annotations.of(Annotations.ck("Summary"), s.summary()));
    }
    if (s.description() != null && (value || !Docs.fitsJavadoc(s.description()))) {
      b.addAnnotation(Annotations.of(Annotations.ck("Description"), s.description()));
    }
    if (s.visibility() != null) {
      ValueAnnotations.Display d = values.display(null, null, s.visibility(), s.pointer());
      d.annotations().forEach(b::addAnnotation);
    }
    if (s.title() != null) {
      b.addAnnotation(Annotations.of(Annotations.ck("Title"), s.title()));
    }
    List<AnnotationSpec> typeLevel = new ArrayList<>();
    values.extensions(
        s.extensions(),
        s.pointer(),
        ValueAnnotations.Target.TYPE,
        ValueAnnotations.CallCheck.NONE,
        typeLevel);
    typeLevel.forEach(b::addAnnotation);
    if (s.example() != null) {
      b.addAnnotation(ValueAnnotations.example(s.example()));
    }
    if (s.defaultValue() != null && !defaultOnValue) {
      problems.warn(
          Problems.SWAGGER,
          s.pointer() + "/default",
          "the default of an object has no annotation; it is left out");
    }
  }
}
