package dev.connectorkit.processor.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations as mirrors by qualified name, so that no annotation class (ours, JAX-RS,
 * Jackson or Bean Validation) needs to be on the processor's class path, and {@code Class}-valued
 * members are read as {@link TypeMirror}s.
 */
public final class AnnotationValues {
  private static final Map<Element, String> QUALIFIED_NAMES =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** The lookups of the work running on this thread, if it asked for them to be remembered. */
  private static final ThreadLocal<Lookups> LOOKUPS = new ThreadLocal<>();

  private final Elements elements;

  public AnnotationValues(Elements elements) {
    this.elements = elements;
  }

  /**
   * Runs work with each element's annotations, and each annotation's written values, indexed on
   * first use and remembered until the work ends: a connector's elements are asked for dozens of
   * annotations each, and javac builds a new value map on every {@code getElementValues()}. Only
   * for the length of the work, so that no compilation's symbols outlive it.
   */
  public static void remembering(Runnable work) {
    if (LOOKUPS.get() != null) {
      work.run();
      return;
    }
    LOOKUPS.set(new Lookups());
    try {
      work.run();
    } finally {
      LOOKUPS.remove();
    }
  }

  /**
   * Annotations by element, written values by annotation, default values by annotation type: kept
   * by {@link #remembering}, else made for a single lookup.
   */
  private static final class Lookups {
    final Map<Element, Map<String, AnnotationMirror>> annotations = new IdentityHashMap<>();
    final Map<AnnotationMirror, Map<String, AnnotationValue>> values = new IdentityHashMap<>();
    final Map<Element, Map<String, AnnotationValue>> defaults = new IdentityHashMap<>();

    Map<String, AnnotationMirror> annotations(Element element) {
      Map<String, AnnotationMirror> found = annotations.get(element);
      if (found == null) {
        found = new HashMap<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
          found.putIfAbsent(qualifiedName(mirror), mirror); // the first one, as a scan finds
        }
        annotations.put(element, found);
      }
      return found;
    }

    Map<String, AnnotationValue> defaults(Element annotationType) {
      Map<String, AnnotationValue> found = defaults.get(annotationType);
      if (found == null) {
        found = new HashMap<>();
        for (Element e : annotationType.getEnclosedElements()) {
          if (e instanceof ExecutableElement m && m.getDefaultValue() != null) {
            found.put(m.getSimpleName().toString(), m.getDefaultValue());
          }
        }
        defaults.put(annotationType, found);
      }
      return found;
    }

    Map<String, AnnotationValue> values(AnnotationMirror mirror) {
      Map<String, AnnotationValue> found = values.get(mirror);
      if (found == null) {
        found = new HashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
            mirror.getElementValues().entrySet()) {
          found.putIfAbsent(e.getKey().getSimpleName().toString(), e.getValue());
        }
        values.put(mirror, found);
      }
      return found;
    }
  }

  /** The annotation of the given qualified type name directly on the element, if any. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    return Optional.ofNullable(lookups().annotations(element).get(qualifiedName));
  }

  /** The lookups remembered for the running work, or fresh ones that last for one call. */
  private static Lookups lookups() {
    Lookups lookups = LOOKUPS.get();
    return lookups != null ? lookups : new Lookups();
  }

  /**
   * The qualified name of an annotation's type. Remembered per type: javac decodes a {@code Name}
   * into a new String on every comparison, and annotations are looked up by name thousands of
   * times. Weak keys, so that no compilation's symbols outlive it.
   */
  public static String qualifiedName(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    String name = QUALIFIED_NAMES.get(type);
    if (name == null) {
      name = ((TypeElement) type).getQualifiedName().toString();
      QUALIFIED_NAMES.put(type, name);
    }
    return name;
  }

  /** The first of the given annotations found on the element, e.g. a jakarta or javax twin. */
  public static Optional<AnnotationMirror> findAny(Element element, String... qualifiedNames) {
    for (String name : qualifiedNames) {
      Optional<AnnotationMirror> found = find(element, name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Whether the element carries the annotation. */
  public static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName).isPresent();
  }

  /** The value of a member, the default included. */
  public AnnotationValue value(AnnotationMirror mirror, String member) {
    // What getElementValuesWithDefaults gives for one member, without building the whole map
    // (javac builds it anew on every call).
    Optional<AnnotationValue> written = explicit(mirror, member);
    if (written.isPresent()) {
      return written.get();
    }
    AnnotationValue d = lookups().defaults(mirror.getAnnotationType().asElement()).get(member);
    if (d == null) {
      throw new IllegalArgumentException("No member " + member + " in " + mirror);
    }
    return d;
  }

  /** The value of a member if it was written explicitly (not defaulted). */
  public static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String member) {
    return Optional.ofNullable(lookups().values(mirror).get(member));
  }

  /** A String member. */
  public String string(AnnotationMirror mirror, String member) {
    return (String) value(mirror, member).getValue();
  }

  /** A boolean member. */
  public boolean bool(AnnotationMirror mirror, String member) {
    return (Boolean) value(mirror, member).getValue();
  }

  /** An int member. */
  public int integer(AnnotationMirror mirror, String member) {
    return ((Number) value(mirror, member).getValue()).intValue();
  }

  /** A long member (also reads int-valued members). */
  public long number(AnnotationMirror mirror, String member) {
    return ((Number) value(mirror, member).getValue()).longValue();
  }

  /** An enum member's constant name. */
  public String enumName(AnnotationMirror mirror, String member) {
    return ((VariableElement) value(mirror, member).getValue()).getSimpleName().toString();
  }

  /**
   * A Class member as a type.
   *
   * @throws MissingTypeException when the class does not compile (javac reports that itself)
   */
  public TypeMirror type(AnnotationMirror mirror, String member) {
    if (value(mirror, member).getValue() instanceof TypeMirror type) {
      return type;
    }
    throw new MissingTypeException(member);
  }

  /** An annotation member. */
  public AnnotationMirror annotation(AnnotationMirror mirror, String member) {
    return (AnnotationMirror) value(mirror, member).getValue();
  }

  /** The elements of an array member (a single value counts as an array of one). */
  public List<AnnotationValue> list(AnnotationMirror mirror, String member) {
    return asList(value(mirror, member));
  }

  /** The String elements of an array member. */
  public List<String> strings(AnnotationMirror mirror, String member) {
    List<String> out = new ArrayList<>();
    for (AnnotationValue v : list(mirror, member)) {
      out.add((String) v.getValue());
    }
    return out;
  }

  /** The enum constant names of an array member. */
  public List<String> enumNames(AnnotationMirror mirror, String member) {
    List<String> out = new ArrayList<>();
    for (AnnotationValue v : list(mirror, member)) {
      out.add(((VariableElement) v.getValue()).getSimpleName().toString());
    }
    return out;
  }

  /** The Class elements of an array member, as types; classes that do not compile are left out. */
  public List<TypeMirror> types(AnnotationMirror mirror, String member) {
    List<TypeMirror> out = new ArrayList<>();
    for (AnnotationValue v : list(mirror, member)) {
      // javac gives the string "<error>" for a class it cannot find, and reports it itself.
      if (v.getValue() instanceof TypeMirror type) {
        out.add(type);
      }
    }
    return out;
  }

  /** The annotation elements of an array member. */
  public List<AnnotationMirror> annotations(AnnotationMirror mirror, String member) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationValue v : list(mirror, member)) {
      out.add((AnnotationMirror) v.getValue());
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<AnnotationValue> asList(AnnotationValue value) {
    Object raw = value.getValue();
    if (raw instanceof List<?> list) {
      return (List<AnnotationValue>) list;
    }
    return List.of(value);
  }
}
