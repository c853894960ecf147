package dev.connectorkit.processor.diag;

import dev.connectorkit.processor.model.Origin;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The one façade over {@link Messager}: reports catalogue messages at the most precise position,
 * honours {@code @SuppressWarnings("connector:<Id>")} for warnings and counts errors so that a
 * connector with errors is not written.
 */
public final class Diagnostics {
  private final Messager messager;
  private final SourcePositions positions;
  private final String certification;
  private final Set<String> typesWithErrors = new HashSet<>();
  private int errorCount;

  /**
   * Reports through the environment's Messager, placing what it cannot place itself. With
   * certification {@code "error"}, certification rules report errors; with {@code "off"}, nothing
   * (for connectors that stay in one tenant and are never certified).
   */
  public Diagnostics(ProcessingEnvironment env, String certification) {
    this(env.getMessager(), SourcePositions.of(env), certification);
  }

  /** Reports through a Messager alone. */
  public Diagnostics(Messager messager) {
    this(messager, SourcePositions.none(), "warning");
  }

  private Diagnostics(Messager messager, SourcePositions positions, String certification) {
    this.messager = messager;
    this.positions = positions;
    this.certification = certification == null ? "warning" : certification;
  }

  /** Reports a catalogue message at an origin. */
  public void report(Message message, Origin origin, Object... args) {
    if (message.certification() && certification.equals("off")) {
      return;
    }
    Diagnostic.Kind kind =
        message.certification() && certification.equals("error")
            ? Diagnostic.Kind.ERROR
            : message.kind();
    if (kind == Diagnostic.Kind.WARNING && isSuppressed(origin.element(), message)) {
      return;
    }
    Element element = origin.element();
    if (kind == Diagnostic.Kind.ERROR) {
      errorCount++;
      for (Element e = element; e != null; e = e.getEnclosingElement()) {
        if (e instanceof TypeElement type) {
          typesWithErrors.add(type.getQualifiedName().toString());
        }
      }
    }
    String text = message.format(args);
    AnnotationMirror annotation = origin.annotation();
    AnnotationValue value = origin.value();
    if (element != null && positions.print(kind, text, element, annotation, value)) {
      return;
    }
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

  /** Whether an error was reported on the type or on anything declared in it. */
  public boolean hasErrorsIn(TypeElement type) {
    return typesWithErrors.contains(type.getQualifiedName().toString());
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
