package dev.connectorkit.processor.model;

import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a model node came from in the source, so a diagnostic can point at the exact element,
 * annotation or annotation value.
 */
public record Origin(Element element, AnnotationMirror annotation, AnnotationValue value) {

  /** The origin of a whole element. */
  public static Origin of(Element element) {
    return new Origin(element, null, null);
  }

  /** The origin of an annotation on an element. */
  public static Origin of(Element element, AnnotationMirror annotation) {
    return new Origin(element, annotation, null);
  }

  /**
   * The same element and annotation, pointing at the value of the named member where it was written
   * explicitly, else at the annotation.
   */
  public Origin member(String name) {
    if (annotation == null) {
      return this;
    }
    for (var e : annotation.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return at(e.getValue());
      }
    }
    return this;
  }

  /**
   * The same element and annotation, pointing at the first item of the named array member whose
   * value matches (e.g. one class of {@code resources = {A.class, B.class}}), else at the member.
   */
  public Origin memberItem(String name, Predicate<Object> matches) {
    Origin member = member(name);
    if (member.value() != null && member.value().getValue() instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof AnnotationValue v && matches.test(v.getValue())) {
          return at(v);
        }
      }
    }
    return member;
  }

  /** The same element and annotation, pointing at one of the annotation's values. */
  public Origin at(AnnotationValue annotationValue) {
    return new Origin(element, annotation, annotationValue);
  }
}
