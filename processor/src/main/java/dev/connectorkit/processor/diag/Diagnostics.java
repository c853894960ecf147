package dev.connectorkit.processor.diag;

import dev.connectorkit.processor.model.Origin;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one façade over {@link Messager}: reports catalogue messages at the most precise position,
 * honours {@code @SuppressWarnings("connector:<Id>")} for warnings and counts errors so that a
 * connector with errors is not written.
 */
public final class Diagnostics {
  private final Messager messager;
  private final String certification;
  private int errorCount;

  public Diagnostics(Messager messager) {
    this(messager, "warning");
  }

  /**
   * With {@code certification} {@code "error"}, certification rules report errors; with {@code
   * "off"}, nothing (for connectors that stay in one tenant and are never certified).
   */
  public Diagnostics(Messager messager, String certification) {
    this.messager = messager;
    this.certification = certification == null ? "warning" : certification;
  }

  /** Reports a catalogue message at an origin. */
  public void report(Message message, Origin origin, Object... args) {
    if (message.certification() && certification.equals("off")) {
      return;
    }
    Diagnostic.Kind kind = message.certification() && certification.equals("error")
        ? Diagnostic.Kind.ERROR : message.kind();
    if (kind == Diagnostic.Kind.WARNING && isSuppressed(origin.element(), message)) {
      return;
    }
    if (kind == Diagnostic.Kind.ERROR) {
      errorCount++;
    }
    String text = message.format(args);
    Element element = origin.element();
    AnnotationMirror annotation = origin.annotation();
    AnnotationValue value = origin.value();
    if (element == null) {
      messager.printMessage(kind, text);
    } else if (annotation == null) {
      messager.printMessage(kind, text, element);
    } else if (value == null) {
      messager.printMessage(kind, text, element, annotation);
    } else {
      messager.printMessage(kind, text, element, annotation, value);
    }
  }

  /** Prints an informational note, such as which files were written. */
  public void note(String text, Element element) {
    messager.printMessage(Diagnostic.Kind.NOTE, text, element);
  }

  /** How many errors were reported so far; compare before and after a unit of work. */
  public int errorCount() {
    return errorCount;
  }

  private static boolean isSuppressed(Element element, Message message) {
    String key = "connector:" + message.id();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null) {
        for (String value : suppress.value()) {
          if (value.equals(key) || value.equals("connector")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
