package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads Jackson's polymorphic type handling of a class: the type id property that
 * {@code @JsonTypeInfo} (on the class or a supertype) makes Jackson write, the ids it can hold
 * (from {@code @JsonSubTypes}, {@code @JsonTypeName} or the class name) and the subtypes.
 */
final class TypeIdReader {
  private static final String TYPE_INFO = Names.JACKSON + "JsonTypeInfo";
  private static final String SUB_TYPES = Names.JACKSON + "JsonSubTypes";

  /**
   * The type id of a class.
   *
   * @param base the type that carries {@code @JsonTypeInfo}
   * @param property the JSON property holding the id
   * @param existing whether the property is a regular bean property ({@code EXISTING_PROPERTY})
   * @param ids the ids a value of this class can have, empty when they cannot be known
   * @param subtypes the subtypes listed with {@code @JsonSubTypes}, transitively, in order
   * @param failure why Jackson's JSON cannot be described, or null
   */
  record TypeId(
      TypeElement base,
      String property,
      boolean existing,
      List<String> ids,
      List<TypeMirror> subtypes,
      String failure) {}

  private final AnnotationValues values;
  private final Types types;
  private final Elements elements;

  TypeIdReader(AnnotationValues values, Types types, Elements elements) {
    this.values = values;
    this.types = types;
    this.elements = elements;
  }

  /** The type id Jackson writes for {@code element}, if it writes one. */
  Optional<TypeId> read(TypeElement element) {
    Optional<TypeElement> base = declaring(element);
    if (base.isEmpty()) {
      return Optional.empty();
    }
    AnnotationMirror info = find(base.get(), TYPE_INFO).orElseThrow();
    String use = values.enumName(info, "use");
    String include = values.enumName(info, "include");
    if (use.equals("NONE") || use.equals("DEDUCTION")) {
      return Optional.empty();
    }
    Map<TypeElement, String> named = subtypes(base.get());
    List<TypeMirror> subtypes = named.keySet().stream().map(TypeElement::asType).toList();
    if (include.equals("WRAPPER_OBJECT") || include.equals("WRAPPER_ARRAY")) {
      String failure =
          "its @JsonTypeInfo(include = "
              + include
              + ") makes Jackson wrap every value"
              + " in "
              + (include.equals("WRAPPER_OBJECT") ? "an object" : "an array")
              + " keyed by its type id, which a connector schema cannot express; use include ="
              + " JsonTypeInfo.As.PROPERTY";
      return Optional.of(new TypeId(base.get(), "", false, List.of(), subtypes, failure));
    }
    String property = values.string(info, "property");
    if (property.isEmpty()) {
      property =
          switch (use) {
            case "CLASS" -> "@class";
            case "MINIMAL_CLASS" -> "@c";
            default -> "@type";
          };
    }
    List<String> ids = new ArrayList<>();
    if (use.equals("NAME") || use.equals("SIMPLE_NAME") || use.equals("CLASS")) {
      if (isConcrete(element)) {
        ids.add(id(element, named.get(element), use));
      }
      named.forEach(
          (sub, name) -> {
            if (!sub.equals(element)
                && types.isSubtype(types.erasure(sub.asType()), types.erasure(element.asType()))
                && isConcrete(sub)) {
              ids.add(id(sub, name, use));
            }
          });
    }
    return Optional.of(
        new TypeId(
            base.get(),
            property,
            include.equals("EXISTING_PROPERTY"),
            List.copyOf(new LinkedHashSet<>(ids)),
            subtypes,
            null));
  }

  /** The nearest type carrying {@code @JsonTypeInfo}: superclasses first, then interfaces. */
  private Optional<TypeElement> declaring(TypeElement element) {
    Deque<TypeElement> queue = new ArrayDeque<>(List.of(element));
    Set<TypeElement> seen = new LinkedHashSet<>();
    while (!queue.isEmpty()) {
      TypeElement t = queue.removeFirst();
      if (!seen.add(t)) {
        continue;
      }
      if (find(t, TYPE_INFO).isPresent()) {
        return Optional.of(t);
      }
      TypeMirror sup = t.getSuperclass();
      if (sup.getKind() == TypeKind.DECLARED) {
        queue.addLast((TypeElement) types.asElement(sup));
      }
      t.getInterfaces().forEach(i -> queue.addLast((TypeElement) types.asElement(i)));
    }
    return Optional.empty();
  }

  /** The subtypes named by {@code @JsonSubTypes}, transitively, each with its explicit name. */
  private Map<TypeElement, String> subtypes(TypeElement base) {
    Map<TypeElement, String> out = new LinkedHashMap<>();
    Deque<TypeElement> queue = new ArrayDeque<>(List.of(base));
    Set<TypeElement> seen = new LinkedHashSet<>();
    while (!queue.isEmpty()) {
      TypeElement t = queue.removeFirst();
      if (!seen.add(t)) {
        continue;
      }
      find(t, SUB_TYPES)
          .ifPresent(
              subs -> {
                for (AnnotationMirror sub : values.annotations(subs, "value")) {
                  TypeMirror type = values.type(sub, "value");
                  if (type instanceof DeclaredType d) {
                    TypeElement e = (TypeElement) d.asElement();
                    String name = values.string(sub, "name");
                    out.merge(e, name, (a, b) -> a.isEmpty() ? b : a);
                    queue.addLast(e);
                  }
                }
              });
    }
    return out;
  }

  /** Jackson's id of a class: its {@code @JsonSubTypes} name, {@code @JsonTypeName}, or name. */
  private String id(TypeElement type, String listedName, String use) {
    if (use.equals("CLASS")) {
      return elements.getBinaryName(type).toString();
    }
    if (listedName != null && !listedName.isEmpty()) {
      return listedName;
    }
    Optional<String> typeName =
        find(type, Names.JACKSON + "JsonTypeName")
            .map(a -> values.string(a, "value"))
            .filter(s -> !s.isEmpty());
    if (typeName.isPresent()) {
      return typeName.get();
    }
    if (use.equals("SIMPLE_NAME")) {
      return type.getSimpleName().toString();
    }
    // Id.NAME defaults to the binary name without its package: Outer$Inner for nested classes.
    String binary = elements.getBinaryName(type).toString();
    return binary.substring(binary.lastIndexOf('.') + 1);
  }

  private static boolean isConcrete(TypeElement type) {
    return type.getKind() != ElementKind.INTERFACE
        && !type.getModifiers().contains(Modifier.ABSTRACT);
  }
}
