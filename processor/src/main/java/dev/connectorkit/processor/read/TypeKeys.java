package dev.connectorkit.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Stable identities and readable names for types: a canonical key such as {@code
 * com.acme.Page<com.acme.Ticket>} (free of type annotations) and a base name such as {@code
 * PageOfTicket}.
 */
final class TypeKeys {
  private TypeKeys() {}

  /** The canonical key of a type. */
  static String key(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType d = (DeclaredType) type;
        String raw = ((TypeElement) d.asElement()).getQualifiedName().toString();
        if (d.getTypeArguments().isEmpty()) {
          return raw;
        }
        List<String> args = new ArrayList<>();
        d.getTypeArguments().forEach(a -> args.add(key(a)));
        return raw + "<" + String.join(",", args) + ">";
      }
      case ARRAY -> {
        return key(((ArrayType) type).getComponentType()) + "[]";
      }
      case WILDCARD -> {
        // List<? extends Ticket> and List<Ticket> have the same JSON: one definition.
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? "java.lang.Object" : key(bound);
      }
      case TYPEVAR -> {
        // Raw bound only: a bound such as Comparable<T> refers to the variable itself.
        TypeElement bound = raw(type);
        return bound == null ? "java.lang.Object" : bound.getQualifiedName().toString();
      }
      default -> {
        return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
      }
    }
  }

  /**
   * The readable name of a type from the names of its classes: {@code Ticket}, {@code
   * PageOfTicket}, {@code PairOfStringAndLong}, {@code TicketArray}.
   */
  static String name(TypeMirror type, Function<TypeElement, String> classNames) {
    switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType d = (DeclaredType) type;
        String simple = classNames.apply((TypeElement) d.asElement());
        if (d.getTypeArguments().isEmpty()) {
          return simple;
        }
        List<String> args = new ArrayList<>();
        d.getTypeArguments().forEach(a -> args.add(name(a, classNames)));
        return simple + "Of" + String.join("And", args);
      }
      case ARRAY -> {
        return name(((ArrayType) type).getComponentType(), classNames) + "Array";
      }
      case WILDCARD -> {
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? "Object" : name(bound, classNames);
      }
      case TYPEVAR -> {
        TypeElement bound = raw(type);
        return bound == null ? "Object" : classNames.apply(bound);
      }
      default -> {
        String s = type.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
      }
    }
  }

  /** Adds the classes a type names (the type, its arguments, bounds) to {@code out}. */
  static void classesIn(TypeMirror type, Set<TypeElement> out) {
    switch (type.getKind()) {
      case DECLARED -> {
        out.add((TypeElement) ((DeclaredType) type).asElement());
        ((DeclaredType) type).getTypeArguments().forEach(a -> classesIn(a, out));
      }
      case ARRAY -> classesIn(((ArrayType) type).getComponentType(), out);
      case WILDCARD -> {
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        if (bound != null) {
          classesIn(bound, out);
        }
      }
      case TYPEVAR -> {
        TypeElement bound = raw(type);
        if (bound != null) {
          out.add(bound);
        }
      }
      default -> {}
    }
  }

  /** The class of a type variable's bound (the first of an intersection), or null. */
  private static TypeElement raw(TypeMirror variable) {
    TypeMirror t = variable;
    for (int i = 0; i < 16 && !(t instanceof DeclaredType); i++) {
      if (t instanceof TypeVariable v) {
        t = v.getUpperBound();
      } else if (t instanceof IntersectionType it) {
        t = it.getBounds().get(0);
      } else {
        return null;
      }
    }
    return t instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
  }

  /** Package segments then enclosing type names, outermost first, to tell same names apart. */
  static List<String> qualifiers(TypeElement type) {
    List<String> out = new ArrayList<>();
    Element e = type.getEnclosingElement();
    List<String> enclosing = new ArrayList<>();
    while (e != null && e.getKind() != ElementKind.PACKAGE) {
      enclosing.add(0, e.getSimpleName().toString());
      e = e.getEnclosingElement();
    }
    if (e instanceof PackageElement p && !p.isUnnamed()) {
      for (String s : p.getQualifiedName().toString().split("\\.")) {
        out.add(s);
      }
    }
    out.addAll(enclosing);
    return out;
  }
}
