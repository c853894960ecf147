package dev.connectorkit.importer.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The Java type that stands for a schema where it is used, the annotations that use needs (a
 * {@code @Format} the type does not imply...), and whether the use must be {@code @Inline}.
 */
record JavaType(TypeName type, List<AnnotationSpec> annotations, boolean inline) {

  /** A type that needs nothing at its use. */
  static JavaType of(TypeName type) {
    return new JavaType(type, List.of(), false);
  }
}
