package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * Reads {@code @Summary}, {@code @Description}, the visibility markers and Javadoc from the
 * elements that make up a parameter or property, the first element that says something winning.
 */
final class DisplayReader {
  private final AnnotationValues values;
  private final Javadocs javadocs;
  private final Diagnostics diagnostics;

  DisplayReader(AnnotationValues values, Javadocs javadocs, Diagnostics diagnostics) {
    this.values = values;
    this.javadocs = javadocs;
    this.diagnostics = diagnostics;
  }

  /** The display facts of one element. */
  Display read(Element element) {
    return read(List.of(element));
  }

  /** The display facts of a property made of several accessors, most significant first. */
  Display read(List<Element> accessors) {
    String summary = null;
    String description = null;
    String visibility = null;
    for (Element e : accessors) {
      if (summary == null) {
        summary = find(e, Names.SUMMARY).map(a -> values.string(a, "value")).orElse(null);
      }
      if (description == null) {
        description =
            find(e, Names.DESCRIPTION)
                .or(() -> find(e, Names.JACKSON + "JsonPropertyDescription"))
                .map(a -> values.string(a, "value"))
                .orElse(null);
      }
      if (visibility == null) {
        visibility = visibility(e);
      }
    }
    for (Element e : accessors) {
      if (description == null) {
        description = javadoc(e);
      }
    }
    return new Display(summary, description, visibility);
  }

  /**
   * The element of a property to report at: for a record component its field, the one element of a
   * component that javac (17) can place in the source; else the first accessor.
   */
  static Element positioned(List<Element> accessors) {
    boolean component =
        accessors.stream().anyMatch(e -> e.getKind() == ElementKind.RECORD_COMPONENT);
    return accessors.stream()
        .filter(e -> component && e.getKind() == ElementKind.FIELD)
        .findFirst()
        .orElse(accessors.get(0));
  }

  private String visibility(Element e) {
    List<String> found = new ArrayList<>();
    List<AnnotationMirror> markers = new ArrayList<>();
    for (String marker : List.of(Names.IMPORTANT, Names.ADVANCED, Names.INTERNAL)) {
      find(e, marker)
          .ifPresent(
              a -> {
                markers.add(a);
                found.add(marker.substring(marker.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
              });
    }
    if (markers.size() > 1) {
      // At the second marker in source order: the one that conflicts with the first.
      markers.sort(Comparator.comparingInt(a -> e.getAnnotationMirrors().indexOf(a)));
      diagnostics.report(
          Message.CONFLICTING_VISIBILITY, Origin.of(e, markers.get(1)), e.getSimpleName());
    }
    return found.isEmpty() ? null : found.get(0);
  }

  private String javadoc(Element e) {
    if (e.getKind() == ElementKind.PARAMETER) {
      return javadocs.paramText((VariableElement) e);
    }
    if (e.getKind() == ElementKind.RECORD_COMPONENT) {
      return javadocs.recordComponentText(e);
    }
    String text = javadocs.mainText(e);
    if (text == null && e.getKind() == ElementKind.METHOD) {
      return javadocs.returnText((javax.lang.model.element.ExecutableElement) e);
    }
    return text;
  }
}
