package dev.connectorkit.processor.read;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Sorts declared types the way schemas need them: optionals, maps, iterables and streams with their
 * element types as seen through any subclass, JDK classes, and model types.
 */
final class JavaTypes {
  static final String MAP = "java.util.Map";

  private final Types types;
  private final Elements elements;
  private final Map<String, TypeMirror> erasures = new HashMap<>();
  private final Map<Element, String> names = new IdentityHashMap<>();
  private final Map<String, Map<Element, Boolean>> subtypes = new HashMap<>();

  JavaTypes(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  /** Whether a qualified name is a JDK class (no model type lives in these packages). */
  static boolean isJdk(String qualifiedName) {
    return qualifiedName.startsWith("java.")
        || qualifiedName.startsWith("javax.")
        || qualifiedName.startsWith("jdk.");
  }

  /** Whether a qualified name is a reference type Jackson writes as its content. */
  static boolean isOptional(String qualifiedName) {
    return qualifiedName.equals("java.util.Optional")
        || qualifiedName.equals("java.util.concurrent.atomic.AtomicReference");
  }

  /** The qualified name of a declared type. */
  String qualifiedName(TypeMirror type) {
    // Remembered per class: javac decodes a Name into a new String every time.
    return names.computeIfAbsent(
        types.asElement(type), e -> ((TypeElement) e).getQualifiedName().toString());
  }

  /** Whether the type's class is the named class or a subtype of it. */
  boolean isSubtype(TypeMirror type, String qualifiedName) {
    // Looked up once per name: getTypeElement searches every module.
    TypeMirror target = erasures.computeIfAbsent(qualifiedName, this::erasureOf);
    if (target.getKind() == TypeKind.NONE) {
      return false;
    }
    Element element = type.getKind() == TypeKind.DECLARED ? types.asElement(type) : null;
    if (element == null) {
      return types.isSubtype(types.erasure(type), target);
    }
    // A class's erasure depends on the class alone: answered once per class and name.
    return subtypes
        .computeIfAbsent(qualifiedName, n -> new IdentityHashMap<>())
        .computeIfAbsent(element, e -> types.isSubtype(types.erasure(type), target));
  }

  private TypeMirror erasureOf(String qualifiedName) {
    TypeElement target = elements.getTypeElement(qualifiedName);
    return target == null ? types.getNoType(TypeKind.NONE) : types.erasure(target.asType());
  }

  /** {@code java.lang.Iterable} or {@code java.util.stream.BaseStream} if it is one, or null. */
  String sequenceOwner(TypeMirror type) {
    if (isSubtype(type, "java.lang.Iterable")) {
      return "java.lang.Iterable";
    }
    return isSubtype(type, "java.util.stream.BaseStream") ? "java.util.stream.BaseStream" : null;
  }

  /** The type argument {@code index}, or an unbounded wildcard for a raw type. */
  TypeMirror argument(DeclaredType type, int index) {
    List<? extends TypeMirror> args = type.getTypeArguments();
    return args.size() > index ? args.get(index) : types.getWildcardType(null, null);
  }

  /** The type argument {@code index} of {@code owner} as seen from {@code type}'s supertypes. */
  TypeMirror typeArgument(DeclaredType type, String owner, int index) {
    if (qualifiedName(type).equals(owner)) {
      return argument(type, index);
    }
    for (TypeMirror sup : types.directSupertypes(type)) {
      if (sup.getKind() == TypeKind.DECLARED && isSubtype(sup, owner)) {
        return typeArgument((DeclaredType) sup, owner, index);
      }
    }
    return types.getWildcardType(null, null);
  }

  /** Whether a type is a model type (or an optional one): its schema is a definition's. */
  boolean isModel(TypeMirror type) {
    switch (type.getKind()) {
      case TYPEVAR -> {
        return isModel(((TypeVariable) type).getUpperBound());
      }
      case WILDCARD -> {
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound != null && isModel(bound);
      }
      case DECLARED -> {
        DeclaredType d = (DeclaredType) type;
        String qn = qualifiedName(d);
        return isOptional(qn) ? isModel(argument(d, 0)) : isModelClass(d, qn);
      }
      default -> {
        return false;
      }
    }
  }

  /** The model types a type's schema refers to, through arrays, collections, maps, optionals. */
  List<DeclaredType> modelTypesIn(TypeMirror type) {
    switch (type.getKind()) {
      case ARRAY -> {
        return modelTypesIn(((ArrayType) type).getComponentType());
      }
      case TYPEVAR -> {
        return modelTypesIn(((TypeVariable) type).getUpperBound());
      }
      case WILDCARD -> {
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        return bound == null ? List.of() : modelTypesIn(bound);
      }
      case DECLARED -> {
        DeclaredType d = (DeclaredType) type;
        String qn = qualifiedName(d);
        String sequence = sequenceOwner(d);
        if (isOptional(qn)) {
          return modelTypesIn(argument(d, 0));
        } else if (isSubtype(d, MAP)) {
          return modelTypesIn(typeArgument(d, MAP, 1));
        } else if (sequence != null) {
          return modelTypesIn(typeArgument(d, sequence, 0));
        }
        return isModelClass(d, qn) ? List.of(d) : List.of();
      }
      default -> {
        return List.of();
      }
    }
  }

  /** Whether a declared type is none of the JDK value, container or enum types. */
  private boolean isModelClass(DeclaredType d, String qn) {
    return KnownTypes.byName(qn) == null
        && !KnownTypes.isBinary(qn)
        && !isOptional(qn)
        && !isSubtype(d, MAP)
        && sequenceOwner(d) == null
        && d.asElement().getKind() != ElementKind.ENUM
        && !isJdk(qn);
  }
}
