package dev.connectorkit.processor;

import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementScanner14;
import javax.lang.model.util.Elements;

/**
 * The plug-in's one and last round: every type javac entered, and the elements annotated in them
 * found as javac's own round finds them (declaration order, members after their owner).
 */
final class PluginRound implements RoundEnvironment {
  private final Elements elements;
  private final Set<Element> roots;

  PluginRound(Elements elements, List<Element> roots) {
    this.elements = elements;
    this.roots = new LinkedHashSet<>(roots);
  }

  @Override
  public boolean processingOver() {
    return true;
  }

  @Override
  public boolean errorRaised() {
    return false;
  }

  @Override
  public Set<? extends Element> getRootElements() {
    return roots;
  }

  @Override
  public Set<? extends Element> getElementsAnnotatedWith(TypeElement a) {
    return getElementsAnnotatedWithAny(a);
  }

  @Override
  public Set<? extends Element> getElementsAnnotatedWithAny(TypeElement... annotations) {
    Set<TypeElement> wanted = Set.of(annotations);
    Set<Element> found = new LinkedHashSet<>();
    ElementScanner14<Void, Void> scanner =
        new ElementScanner14<>() {
          @Override
          public Void scan(Element e, Void p) {
            for (AnnotationMirror m : elements.getAllAnnotationMirrors(e)) {
              if (wanted.contains((TypeElement) m.getAnnotationType().asElement())) {
                found.add(e);
                break;
              }
            }
            return super.scan(e, p);
          }
        };
    for (Element root : roots) {
      scanner.scan(root);
    }
    return found;
  }

  @Override
  public Set<? extends Element> getElementsAnnotatedWith(Class<? extends Annotation> a) {
    return getElementsAnnotatedWithAny(Set.of(a));
  }

  @Override
  public Set<? extends Element> getElementsAnnotatedWithAny(
      Set<Class<? extends Annotation>> annotations) {
    return getElementsAnnotatedWithAny(
        annotations.stream()
            .map(a -> elements.getTypeElement(a.getCanonicalName()))
            .filter(t -> t != null)
            .collect(Collectors.toList())
            .toArray(new TypeElement[0]));
  }
}
