package dev.connectorkit.importer.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.List;

/** Small helpers to build annotation specs with string, boolean and array members. */
public final class Annotations {
  /** The package of ConnectorKit's annotations. */
  public static final String CK = "dev.connectorkit.annotations";

  private Annotations() {}

  /** A ConnectorKit annotation type. */
  public static ClassName ck(String simpleName) {
    return ClassName.get(CK, simpleName);
  }

  /** {@code @Name("value")}. */
  public static AnnotationSpec of(ClassName type, String value) {
    return AnnotationSpec.builder(type).addMember("value", "$S", value).build();
  }

  /** A string array member: one string, or {@code {"a", "b"}}. */
  public static CodeBlock strings(List<String> values) {
    if (values.size() == 1) {
      return CodeBlock.of("$S", values.get(0));
    }
    CodeBlock.Builder b = CodeBlock.builder().add("{");
    for (int i = 0; i < values.size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return b.add("}").build();
  }

  /** An array of nested annotations: one, or {@code {@A, @B}}. */
  public static CodeBlock annotations(List<AnnotationSpec> values) {
    if (values.size() == 1) {
      return CodeBlock.of("$L", values.get(0));
    }
    CodeBlock.Builder b = CodeBlock.builder().add("{\n$>");
    for (int i = 0; i < values.size(); i++) {
      b.add(i == 0 ? "$L" : ",\n$L", values.get(i));
    }
    return b.add("$<}").build();
  }

  /** {@code @Omit} or {@code @Explicit} with the {@code SwaggerKey}s named, or null for none. */
  public static AnnotationSpec keys(String annotation, List<String> keys) {
    if (keys.isEmpty()) {
      return null;
    }
    CodeBlock.Builder b = CodeBlock.builder().add(keys.size() == 1 ? "" : "{");
    for (int i = 0; i < keys.size(); i++) {
      b.add(i == 0 ? "$T.$L" : ", $T.$L", ck("SwaggerKey"), keys.get(i));
    }
    return AnnotationSpec.builder(ck(annotation))
        .addMember("value", "$L", b.add(keys.size() == 1 ? "" : "}").build())
        .build();
  }

  /** Adds a string member when the value is set and differs from the default. */
  public static void string(AnnotationSpec.Builder b, String member, String value, String dflt) {
    if (value != null && !value.equals(dflt)) {
      b.addMember(member, "$S", value);
    }
  }
}
