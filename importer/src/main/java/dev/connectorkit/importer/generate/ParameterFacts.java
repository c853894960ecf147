package dev.connectorkit.importer.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Parameter;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.model.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The annotations of a path, query, header or form parameter beyond its JAX-RS one: default,
 * required, URL encoding, shared name, limits, format and its {@code x-ms-*} keys, checked against
 * what the processor writes for each.
 */
final class ParameterFacts {
  private final ValueAnnotations values;
  private final Problems problems;

  ParameterFacts(ValueAnnotations values, Problems problems) {
    this.values = values;
    this.problems = problems;
  }

  void add(
      Parameter p,
      Operation op,
      JavaType t,
      ParameterSpec.Builder spec,
      ValueAnnotations.CallCheck calls) {
    Schema s = p.schema();
    t.annotations().forEach(spec::addAnnotation);
    if (s.defaultValue() != null) {
      defaultValue(p, s, spec);
    }
    boolean path = p.in().equals("path");
    List<String> omit = new ArrayList<>();
    if (p.required() == null) {
      omit.add("REQUIRED");
    } else if (path && !p.required()) {
      problems.warn(
          Problems.SWAGGER,
          p.pointer(),
          "a path parameter is always required, and the" + " processor writes \"required\": true");
    }
    if (!path && Boolean.TRUE.equals(p.required())) {
      spec.addAnnotation(ClassName.get("jakarta.validation.constraints", "NotNull"));
    }
    if (path && p.urlEncoding() == null) {
      omit.add("URL_ENCODING");
    }
    AnnotationSpec omitted = Annotations.keys("Omit", omit);
    if (omitted != null) {
      spec.addAnnotation(omitted);
    }
    urlEncoding(p, spec);
    collectionFormat(p, s);
    if (p.shared() != null) {
      spec.addAnnotation(Annotations.of(Annotations.ck("Shared"), p.shared()));
    }
    if (s.title() != null) {
      problems.warn(
          Problems.SWAGGER,
          p.pointer() + "/title",
          "a parameter's title is left out:" + " the processor writes none on parameters");
    }
    List<AnnotationSpec> more = new ArrayList<>();
    values.constraints(s, more);
    if (p.extensions().get("x-ms-enum-values") != null) {
      more.add(ValueAnnotations.raw("x-ms-enum-values", p.extensions().get("x-ms-enum-values")));
    }
    values.extensions(p.extensions(), p.pointer(), ValueAnnotations.Target.PARAMETER, calls, more);
    more.forEach(spec::addAnnotation);
  }

  private void defaultValue(Parameter p, Schema s, ParameterSpec.Builder spec) {
    String text = values.defaultText(s, p.pointer());
    if (text != null) {
      spec.addAnnotation(Annotations.of(ClassName.get("jakarta.ws.rs", "DefaultValue"), text));
    }
  }

  private void urlEncoding(Parameter p, ParameterSpec.Builder spec) {
    String encoding = p.urlEncoding();
    if (p.in().equals("path")) {
      if ("double".equals(encoding)) {
        spec.addAnnotation(ClassName.get("jakarta.ws.rs", "Encoded"));
      } else if (encoding != null && !"single".equals(encoding)) {
        problems.warn(
            Problems.SWAGGER,
            p.pointer() + "/x-ms-url-encoding",
            "\"" + encoding + "\" is not single or double; the processor writes \"single\"");
      }
    } else if (encoding != null) {
      problems.warn(
          Problems.SWAGGER,
          p.pointer() + "/x-ms-url-encoding",
          "x-ms-url-encoding on" + " a " + p.in() + " parameter has no annotation; it is left out");
    }
  }

  private void collectionFormat(Parameter p, Schema s) {
    boolean array = "array".equals(s.type());
    boolean repeated = p.in().equals("query") || p.in().equals("formData");
    String written = array && repeated ? "multi" : null;
    String original = p.collectionFormat();
    if (written == null ? original != null : !written.equals(original)) {
      problems.warn(
          Problems.SWAGGER,
          p.pointer(),
          "collectionFormat "
              + original
              + " is written "
              + (written == null ? "as nothing" : "as \"multi\"")
              + ": the processor writes \"multi\""
              + " for repeated query and form parameters only");
    }
  }
}
