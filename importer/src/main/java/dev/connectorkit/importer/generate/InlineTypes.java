package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.connectorkit.importer.compare.JsonEquality;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The types made for schemas written in place: {@code @Inline} records for objects, enums, and
 * {@code @JsonValue} records for plain values that say things about themselves; one type per
 * distinct schema, named after where it is first used.
 */
final class InlineTypes {
  private final ModelTypes types;
  private final String pkg;
  private final Problems problems;
  private final JavaNames.Scope names;
  private final RecordBuilder records;
  private final EnumBuilder enums;
  private final List<Map.Entry<JsonNode, ClassName>> made = new ArrayList<>();
  private final List<Map.Entry<JsonNode, ClassName>> wrappers = new ArrayList<>();

  InlineTypes(
      ModelTypes types,
      String pkg,
      Problems problems,
      JavaNames.Scope names,
      RecordBuilder records,
      EnumBuilder enums) {
    this.types = types;
    this.pkg = pkg;
    this.problems = problems;
    this.names = names;
    this.records = records;
    this.enums = enums;
  }

  /** The type made before for a schema of the same JSON, or null. */
  private static ClassName known(List<Map.Entry<JsonNode, ClassName>> made, Schema s) {
    for (Map.Entry<JsonNode, ClassName> k : made) {
      if (JsonEquality.equal(k.getKey(), s.source())) {
        return k.getValue();
      }
    }
    return null;
  }

  private ClassName claim(
      List<Map.Entry<JsonNode, ClassName>> made, Schema s, String hint, String fallback) {
    ClassName type = ClassName.get(pkg, names.claim(JavaNames.upperCamel(hint, fallback)));
    made.add(Map.entry(s.source(), type));
    return type;
  }

  /**
   * An object: a definition of the same shape where the use can say {@code @Inline} ({@code
   * definitions}), a type made before, or a new {@code @Inline} record.
   */
  JavaType object(Schema s, String hint, boolean definitions) {
    ClassName definition = definitions ? types.objectDefinition(s.source()) : null;
    if (definition != null) {
      return new JavaType(definition, List.of(), true);
    }
    ClassName type = known(made, s);
    if (type == null) {
      type = claim(made, s, hint, "Model");
      types.add(type, records.build(type, s, true));
    }
    return JavaType.of(type);
  }

  /** A {@code @JsonValue} record that carries what the schema says, used in place. */
  JavaType wrapper(Schema s, String hint, JavaType value) {
    ClassName type = known(wrappers, s);
    if (type == null) {
      type = claim(wrappers, s, hint, "Value");
      types.add(type, records.wrapper(type, s, value, true));
    }
    return new JavaType(type, List.of(), false, true);
  }

  /** An enum: the enum definition of the same values, a type made before, or a new enum. */
  JavaType enumType(Schema s, String hint, ModelTypes.Use use) {
    boolean param = use == ModelTypes.Use.PARAMETER;
    if (!EnumBuilder.supported(s)) {
      problems.warn(
          Problems.SWAGGER,
          s.pointer() + "/enum",
          "this enum has no Java form (values must be distinct strings, or integers of an"
              + " integer schema); it is left out");
      return types.map(s.withoutEnum(), hint, use);
    }
    ClassName type = types.enumDefinition(s.source());
    if (type != null) {
      return JavaType.of(type);
    }
    type = known(made, s);
    if (type == null) {
      type = claim(made, s, hint, "Value");
      JsonNode labels = param ? null : s.extension("x-ms-enum-values");
      types.add(
          type,
          enums.build(type, s, labels != null && EnumBuilder.labelsFit(s) ? labels : null, null));
    }
    List<AnnotationSpec> use1 = new ArrayList<>();
    if (s.format() != null && !param) {
      use1.add(ModelTypes.format(s.format()));
    }
    return new JavaType(type, use1, false);
  }
}
