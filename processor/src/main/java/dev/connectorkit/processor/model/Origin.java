package dev.connectorkit.processor.model;

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
   * The same element and annotation, pointing at the value of the named member where it was
   * written explicitly, else at the annotation.
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

  /** The same element and annotation, pointing at one of the annotation's values. */
  public Origin at(AnnotationValue annotationValue) {
    return new Origin(element, annotation, annotationValue);
  }
}
