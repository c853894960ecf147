package dev.connectorkit.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
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
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? "?" : "? extends " + key(bound);
      }
      default -> {
        return type.getKind() == javax.lang.model.type.TypeKind.TYPEVAR
            ? type.toString()
            : type.getKind().name().toLowerCase(java.util.Locale.ROOT);
      }
    }
  }

  /** The readable base name: {@code Ticket}, {@code PageOfTicket}, {@code PairOfStringAndLong}. */
  static String baseName(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType d = (DeclaredType) type;
        String simple = d.asElement().getSimpleName().toString();
        if (d.getTypeArguments().isEmpty()) {
          return simple;
        }
        List<String> args = new ArrayList<>();
        d.getTypeArguments().forEach(a -> args.add(baseName(a)));
        return simple + "Of" + String.join("And", args);
      }
      case ARRAY -> {
        return baseName(((ArrayType) type).getComponentType()) + "Array";
      }
      case WILDCARD -> {
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? "Object" : baseName(bound);
      }
      default -> {
        String s = type.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
      }
    }
  }

  /** Package segments then enclosing type names, outermost first, to tell same names apart. */
  static List<String> qualifiers(DeclaredType type) {
    List<String> out = new ArrayList<>();
    Element e = type.asElement().getEnclosingElement();
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
