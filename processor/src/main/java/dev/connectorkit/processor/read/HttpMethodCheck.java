package dev.connectorkit.processor.read;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Origin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reports {@code @Action} and {@code @Trigger} on methods that are no resource methods: neither
 * they nor a method they override carry an HTTP method annotation.
 */
public final class HttpMethodCheck {
  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private final JaxRs jaxRs;

  public HttpMethodCheck(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
    this.jaxRs = new JaxRs(new AnnotationValues(env.getElementUtils()));
  }

  /** Checks the methods annotated in this round. */
  public void check(RoundEnvironment round) {
    List<String> names = List.of(Names.ACTION, Names.TRIGGER);
    Map<String, TypeElement> annotations = new LinkedHashMap<>();
    for (String name : names) {
      TypeElement annotation = env.getElementUtils().getTypeElement(name);
      if (annotation != null) {
        annotations.put(name, annotation);
      }
    }
    if (annotations.isEmpty()) {
      return;
    }
    // One scan of the round's elements for both annotations, not one each; reported in the same
    // order: every @Action first, then every @Trigger, each in the order javac found them.
    Set<? extends Element> annotated =
        round.getElementsAnnotatedWithAny(annotations.values().toArray(new TypeElement[0]));
    for (Map.Entry<String, TypeElement> a : annotations.entrySet()) {
      for (Element e : annotated) {
        if (!(e instanceof ExecutableElement method)) {
          continue;
        }
        Optional<AnnotationMirror> mirror = AnnotationValues.find(method, a.getKey());
        if (mirror.isPresent() && !hasHttpMethod(method)) {
          String simple = a.getValue().getSimpleName().toString();
          diagnostics.report(
              Message.NO_HTTP_METHOD, Origin.of(method, mirror.get()), simple, simple);
        }
      }
    }
  }

  private boolean hasHttpMethod(ExecutableElement method) {
    if (jaxRs.httpMethod(method).isPresent()) {
      return true;
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    for (Element member : env.getElementUtils().getAllMembers(owner)) {
      if (member instanceof ExecutableElement other
          && !other.equals(method)
          && other.getSimpleName().equals(method.getSimpleName())
          && env.getElementUtils().overrides(method, other, owner)
          && jaxRs.httpMethod(other).isPresent()) {
        return true;
      }
    }
    return hasInSupertypes(method, owner);
  }

  private boolean hasInSupertypes(ExecutableElement method, TypeElement owner) {
    for (var sup : env.getTypeUtils().directSupertypes(owner.asType())) {
      TypeElement s = (TypeElement) env.getTypeUtils().asElement(sup);
      for (Element member : s.getEnclosedElements()) {
        if (member instanceof ExecutableElement other
            && other.getSimpleName().equals(method.getSimpleName())
            && env.getElementUtils().overrides(method, other, owner)
            && jaxRs.httpMethod(other).isPresent()) {
          return true;
        }
      }
      if (hasInSupertypes(method, s)) {
        return true;
      }
    }
    return false;
  }
}
