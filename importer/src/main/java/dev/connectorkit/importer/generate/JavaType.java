package dev.connectorkit.importer.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The Java type that stands for a schema where it is used, the annotations that use needs (a
 * {@code @Format} the type does not imply...), whether the use must be {@code @Inline}, and whether
 * the type is a {@code @JsonValue} wrapper that carries the schema's own facts.
 */
record JavaType(TypeName type, List<AnnotationSpec> annotations, boolean inline, boolean wrapper) {

  /** A type and what its use needs. */
  JavaType(TypeName type, List<AnnotationSpec> annotations, boolean inline) {
    this(type, annotations, inline, false);
  }

  /** A type that needs nothing at its use. */
  static JavaType of(TypeName type) {
    return new JavaType(type, List.of(), false);
  }
}
