package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.model.Schema;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Java enums for {@code enum} schemas: one constant per value, {@code @DisplayName} from {@code
 * x-ms-enum-values}; where the values are not the constants' names (integers, strings that are not
 * Java names) a {@code @JsonValue} field holds each value and a {@code @JsonCreator fromString}
 * converts it back, which JAX-RS uses for parameters as Jackson does for JSON.
 */
final class EnumBuilder {
  static final ClassName JSON_PROPERTY =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  private static final ClassName JSON_VALUE =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
  private static final ClassName JSON_CREATOR =
      ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");

  private final Problems problems;
  private final JavaNames.Scope typeNames;

  EnumBuilder(Problems problems, JavaNames.Scope typeNames) {
    this.problems = problems;
    this.typeNames = typeNames;
  }

  /** Whether an enum schema can be a Java enum: all strings, or all integers. */
  static boolean supported(Schema s) {
    if (s.enumValues() == null || s.enumValues().isEmpty()) {
      return false;
    }
    boolean strings = s.enumValues().stream().allMatch(JsonNode::isTextual);
    boolean ints =
        s.enumValues().stream().allMatch(v -> v.isIntegralNumber() && v.canConvertToInt());
    boolean distinct =
        s.enumValues().stream().map(JsonNode::toString).distinct().count() == s.enumValues().size();
    return distinct
        && ((strings && !"integer".equals(s.type()) && !"number".equals(s.type()))
            || (ints && "integer".equals(s.type())));
  }

  /**
   * Whether the values are usable as constant names as they are, which parameters need: JAX-RS
   * converts a parameter with {@code valueOf}, so the processor lists the constant names.
   */
  static boolean namesAreValues(Schema s) {
    return s.enumValues().stream()
        .allMatch(v -> v.isTextual() && JavaNames.isIdentifier(v.asText()));
  }

  /** The enum type; {@code labels} is {@code x-ms-enum-values} or null. */
  TypeSpec build(ClassName name, Schema s, JsonNode labels, String javadoc) {
    TypeSpec.Builder b =
        TypeSpec.enumBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .alwaysQualify(typeNames.qualified());
    if (javadoc != null) {
      b.addJavadoc("$L\n", javadoc);
    }
    boolean ints = s.enumValues().get(0).isIntegralNumber();
    boolean valued = !namesAreValues(s);
    JavaNames.Scope scope = new JavaNames.Scope();
    List<String> labelTexts = labels(s, labels);
    for (int i = 0; i < s.enumValues().size(); i++) {
      JsonNode v = s.enumValues().get(i);
      String text = v.asText();
      String constant =
          ints
              ? scope.claim("VALUE_" + text.replace("-", "MINUS_"))
              : scope.claim(
                  JavaNames.isIdentifier(text) ? text : JavaNames.constant(text, "VALUE"));
      TypeSpec.Builder c =
          !valued
              ? TypeSpec.anonymousClassBuilder("")
              : ints
                  ? TypeSpec.anonymousClassBuilder("$L", v.asInt())
                  : TypeSpec.anonymousClassBuilder("$S", text);
      if (labelTexts != null) {
        c.addAnnotation(Annotations.of(Annotations.ck("DisplayName"), labelTexts.get(i)));
      }
      b.addEnumConstant(constant, c.build());
    }
    if (valued) {
      TypeName valueType = ints ? TypeName.INT : ClassName.get(String.class);
      b.addField(
          FieldSpec.builder(valueType, "value", Modifier.PRIVATE, Modifier.FINAL)
              .addAnnotation(JSON_VALUE)
              .build());
      b.addMethod(
          MethodSpec.constructorBuilder()
              .addParameter(valueType, "value")
              .addStatement("this.value = value")
              .build());
      b.addMethod(fromString(name, ints));
    }
    return b.build();
  }

  /** The value's constant, for JAX-RS parameters and Jackson alike. */
  private static MethodSpec fromString(ClassName name, boolean ints) {
    return MethodSpec.methodBuilder("fromString")
        .addJavadoc(
            "The constant whose value is {@code value}, as JAX-RS and Jackson convert it.\n")
        .addAnnotation(JSON_CREATOR)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(name)
        .addParameter(String.class, "value")
        .beginControlFlow("for ($T constant : values())", name)
        .beginControlFlow(
            ints
                ? "if (Integer.toString(constant.value).equals(value))"
                : "if (constant.value.equals(value))")
        .addStatement("return constant")
        .endControlFlow()
        .endControlFlow()
        .addStatement("throw new $T(value)", IllegalArgumentException.class)
        .build();
  }

  /**
   * The display names in value order when {@code x-ms-enum-values} names each value once, in the
   * enum's order (what the processor writes from {@code @DisplayName}); null otherwise.
   */
  private List<String> labels(Schema s, JsonNode labels) {
    if (labels == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    boolean ok = labels.isArray() && labels.size() == s.enumValues().size();
    for (int i = 0; ok && i < labels.size(); i++) {
      JsonNode entry = labels.get(i);
      ok =
          entry.isObject()
              && entry.size() == 2
              && entry.has("displayName")
              && entry.get("displayName").isTextual()
              && dev.connectorkit.importer.compare.JsonEquality.equal(
                  entry.get("value"), s.enumValues().get(i));
      if (ok) {
        out.add(entry.get("displayName").asText());
      }
    }
    if (!ok) {
      problems.warn(
          Problems.SWAGGER,
          s.pointer() + "/x-ms-enum-values",
          "does not name each"
              + " enum value once in the enum's order, so it is written raw with @Extension");
      return null;
    }
    return out;
  }

  /** Whether {@code x-ms-enum-values} can be said with {@code @DisplayName}s. */
  static boolean labelsFit(Schema s) {
    JsonNode labels = s.extension("x-ms-enum-values");
    if (labels == null || !labels.isArray() || labels.size() != s.enumValues().size()) {
      return labels == null;
    }
    for (int i = 0; i < labels.size(); i++) {
      JsonNode e = labels.get(i);
      if (!e.isObject()
          || e.size() != 2
          || !e.has("displayName")
          || !e.get("displayName").isTextual()
          || !dev.connectorkit.importer.compare.JsonEquality.equal(
              e.get("value"), s.enumValues().get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The annotation that writes a value's enum labels raw. */
  static AnnotationSpec rawLabels(Schema s) {
    return ValueAnnotations.raw("x-ms-enum-values", s.extension("x-ms-enum-values"));
  }
}
