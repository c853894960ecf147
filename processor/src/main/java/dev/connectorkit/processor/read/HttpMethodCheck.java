package dev.connectorkit.processor.read;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Origin;
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
    for (String name : new String[] {Names.ACTION, Names.TRIGGER}) {
      TypeElement annotation = env.getElementUtils().getTypeElement(name);
      if (annotation == null) {
        continue;
      }
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (e instanceof ExecutableElement method && !hasHttpMethod(method)) {
          AnnotationMirror mirror = AnnotationValues.find(method, name).orElseThrow();
          String simple = annotation.getSimpleName().toString();
          diagnostics.report(Message.NO_HTTP_METHOD, Origin.of(method, mirror), simple, simple);
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
