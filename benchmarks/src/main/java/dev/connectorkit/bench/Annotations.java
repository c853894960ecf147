package dev.connectorkit.bench;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The names of the annotations the generated API uses, JAX-RS and ConnectorKit. */
final class Annotations {
  static final String PACKAGE = "dev.connectorkit.annotations";
  static final String JAXRS = "jakarta.ws.rs";

  private Annotations() {}

  /** A ConnectorKit annotation by simple name. */
  static ClassName ck(String simpleName) {
    return ClassName.get(PACKAGE, simpleName);
  }

  /** A JAX-RS annotation by simple name. */
  static ClassName jaxRs(String simpleName) {
    return ClassName.get(JAXRS, simpleName);
  }

  /** A JAX-RS annotation with one string value, such as {@code @Path("x")}. */
  static AnnotationSpec jaxRs(String simpleName, String value) {
    return AnnotationSpec.builder(jaxRs(simpleName)).addMember("value", "$S", value).build();
  }

  /** A ConnectorKit annotation with one string value, such as {@code @Summary("x")}. */
  static AnnotationSpec ck(String simpleName, String value) {
    return AnnotationSpec.builder(ck(simpleName)).addMember("value", "$S", value).build();
  }
}
