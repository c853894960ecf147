package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;
import static dev.connectorkit.processor.read.AnnotationValues.has;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds the JSON properties of a class or record the way Jackson does by default: public fields,
 * getters, setters, record components and {@code @JsonCreator} parameters, renamed, ignored,
 * ordered and named by the Jackson annotations (class annotations inherited from supertypes).
 */
final class BeanPropertyReader {
  private static final String JSON_PROPERTY = Names.JACKSON + "JsonProperty";
  private static final String JSON_NAMING = Names.JACKSON_DATABIND + "annotation.JsonNaming";

  /** Members Jackson does not treat as properties. */
  private static final List<String> NOT_PROPERTIES =
      List.of(
          Names.JACKSON + "JsonAnyGetter",
          Names.JACKSON + "JsonAnySetter",
          Names.JACKSON + "JsonValue");

  private final Types types;
  private final AnnotationValues values;
  private final Map<String, Map<TypeElement, Optional<AnnotationMirror>>> classAnnotations =
      new HashMap<>();

  BeanPropertyReader(Types types, AnnotationValues values) {
    this.types = types;
    this.values = values;
  }

  /**
   * The properties of {@code type}: with {@code inherited}, those of its superclasses too; without,
   * only those its own class declares.
   */
  List<BeanProperty> read(DeclaredType type, boolean inherited) {
    TypeElement element = (TypeElement) type.asElement();
    List<TypeElement> classes = classes(element, inherited);
    Map<String, PropertyCandidate> byImplicitName = new LinkedHashMap<>();
    // Jackson meets all fields first, topmost class first; then methods, subclass first.
    for (TypeElement cls : classes) {
      collectFields(type, cls, byImplicitName);
    }
    for (TypeElement cls : methodOrder(element, classes, inherited)) {
      collectMethods(type, cls, byImplicitName);
    }
    if (element.getKind() != ElementKind.RECORD) {
      collectCreator(type, element, byImplicitName);
    }
    Set<String> ignoredNames = ignoredNames(element);
    PropertyNaming naming = naming(element);
    Map<String, PropertyOrder.Entry> named = new LinkedHashMap<>();
    List<PropertyOrder.Entry> renamed = new ArrayList<>();
    for (Map.Entry<String, PropertyCandidate> e : byImplicitName.entrySet()) {
      PropertyCandidate c = e.getValue();
      if (!c.visible() || c.ignored(values) || c.type == null) {
        continue;
      }
      Optional<String> explicit = c.explicitName(values);
      String name = explicit.orElse(naming.translate(e.getKey()));
      if (ignoredNames.contains(name) || isIgnoredType(c.type) || named.containsKey(name)) {
        continue;
      }
      PropertyOrder.Entry n =
          new PropertyOrder.Entry(e.getKey(), c.creatorIndex, c.toProperty(name, values));
      named.put(name, n);
      // Jackson re-inserts properties renamed by @JsonProperty after the others.
      if (explicit.isPresent() && !explicit.get().equals(e.getKey())) {
        renamed.add(n);
      }
    }
    List<PropertyOrder.Entry> ordered = new ArrayList<>(named.values());
    ordered.removeAll(renamed);
    ordered.addAll(renamed);
    return order(element, ordered);
  }

  /**
   * The simple name of a {@code @JsonNaming} strategy that is not one of Jackson's own (its names
   * cannot be computed at compile time), or null.
   */
  String unsupportedNaming(TypeElement element) {
    Optional<AnnotationMirror> a = classAnnotation(element, JSON_NAMING);
    if (a.isEmpty()) {
      return null;
    }
    String simple = types.asElement(values.type(a.get(), "value")).getSimpleName().toString();
    return PropertyNaming.forStrategyClass(simple) == null ? simple : null;
  }

  /** The classes whose members count, topmost superclass first (Jackson's field order). */
  private List<TypeElement> classes(TypeElement element, boolean inherited) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    TypeElement current = element;
    while (current != null && !isJdk(current)) {
      chain.addFirst(current);
      if (!inherited) {
        break;
      }
      current = superclass(current);
    }
    return new ArrayList<>(chain);
  }

  /** Subclass first, then superclasses, then the interfaces (Jackson's method order). */
  private List<TypeElement> methodOrder(
      TypeElement element, List<TypeElement> classes, boolean inherited) {
    List<TypeElement> out = new ArrayList<>(classes);
    java.util.Collections.reverse(out);
    Set<TypeElement> interfaces = new LinkedHashSet<>();
    for (TypeElement cls : inherited ? out : List.of(element)) {
      addInterfaces(cls, interfaces);
    }
    out.addAll(interfaces);
    return out;
  }

  private void addInterfaces(TypeElement type, Set<TypeElement> out) {
    for (TypeMirror i : type.getInterfaces()) {
      TypeElement ie = (TypeElement) types.asElement(i);
      if (!isJdk(ie) && out.add(ie)) {
        addInterfaces(ie, out);
      }
    }
  }

  private void collectFields(
      DeclaredType owner, TypeElement cls, Map<String, PropertyCandidate> props) {
    int index = 0;
    for (RecordComponentElement rc : cls.getRecordComponents()) {
      PropertyCandidate c = candidate(props, rc.getSimpleName().toString());
      c.getter = rc.getAccessor();
      c.component = rc;
      c.creatorIndex = index++; // the canonical constructor is the record's creator
      c.type = returnType(owner, rc.getAccessor());
    }
    for (VariableElement field : ElementFilter.fieldsIn(cls.getEnclosedElements())) {
      if (field.getModifiers().contains(Modifier.STATIC) || isNotProperty(field)) {
        continue;
      }
      PropertyCandidate c = candidate(props, field.getSimpleName().toString());
      c.field = field;
      c.fieldVisible =
          !field.getModifiers().contains(Modifier.TRANSIENT)
              && (field.getModifiers().contains(Modifier.PUBLIC) || has(field, JSON_PROPERTY));
      if (c.type == null) {
        c.type = types.asMemberOf(owner, field);
      }
    }
  }

  /**
   * Whether the method is a record component's accessor: Jackson names that property after the
   * component, so {@code Boolean isLocked()} is {@code isLocked}, not {@code locked}.
   */
  private static boolean isAccessor(TypeElement cls, ExecutableElement m) {
    return m.getParameters().isEmpty()
        && cls.getRecordComponents().stream()
            .anyMatch(rc -> rc.getSimpleName().equals(m.getSimpleName()));
  }

  private void collectMethods(
      DeclaredType owner, TypeElement cls, Map<String, PropertyCandidate> props) {
    for (ExecutableElement m : ElementFilter.methodsIn(cls.getEnclosedElements())) {
      if (m.getModifiers().contains(Modifier.STATIC) || isNotProperty(m) || isAccessor(cls, m)) {
        continue;
      }
      String getterName = getterName(m);
      if (getterName != null) {
        PropertyCandidate c = candidate(props, getterName);
        if (c.component != null) {
          continue;
        }
        if (c.getter == null) {
          c.getter = m;
          c.type = returnType(owner, m);
        } else {
          c.overridden.add(m);
        }
        continue;
      }
      String setterName = setterName(m);
      if (setterName != null) {
        PropertyCandidate c = candidate(props, setterName);
        if (c.setter == null) {
          c.setter = m;
        }
        if (c.type == null) {
          c.type = ((ExecutableType) types.asMemberOf(owner, m)).getParameterTypes().get(0);
        }
      }
    }
  }

  private void collectCreator(
      DeclaredType owner, TypeElement element, Map<String, PropertyCandidate> props) {
    for (Element member : element.getEnclosedElements()) {
      boolean creator =
          member instanceof ExecutableElement
              && has(member, Names.JACKSON + "JsonCreator")
              && (member.getKind() == ElementKind.CONSTRUCTOR
                  || member.getModifiers().contains(Modifier.STATIC));
      if (!creator) {
        continue;
      }
      ExecutableElement ctor = (ExecutableElement) member;
      List<? extends TypeMirror> paramTypes =
          ((ExecutableType) types.asMemberOf(owner, ctor)).getParameterTypes();
      for (int i = 0; i < ctor.getParameters().size(); i++) {
        VariableElement param = ctor.getParameters().get(i);
        Optional<AnnotationMirror> jp = find(param, JSON_PROPERTY);
        String name = jp.map(a -> values.string(a, "value")).filter(s -> !s.isEmpty()).orElse(null);
        if (name == null) {
          continue;
        }
        PropertyCandidate c = candidate(props, name);
        c.creatorParam = param;
        c.creatorIndex = i;
        if (c.type == null) {
          c.type = paramTypes.get(i);
        }
      }
    }
  }

  private static PropertyCandidate candidate(Map<String, PropertyCandidate> props, String name) {
    return props.computeIfAbsent(name, k -> new PropertyCandidate());
  }

  private static boolean isNotProperty(Element member) {
    return NOT_PROPERTIES.stream().anyMatch(a -> has(member, a));
  }

  private TypeMirror returnType(DeclaredType owner, ExecutableElement method) {
    return ((ExecutableType) types.asMemberOf(owner, method)).getReturnType();
  }

  /** The implicit property name of a getter, Jackson's legacy mangling, or null. */
  private String getterName(ExecutableElement m) {
    if (!m.getParameters().isEmpty() || m.getReturnType().getKind() == TypeKind.VOID) {
      return null;
    }
    String n = m.getSimpleName().toString();
    boolean explicit = has(m, JSON_PROPERTY);
    boolean isPublic = m.getModifiers().contains(Modifier.PUBLIC);
    if (n.startsWith("get") && n.length() > 3 && !n.equals("getClass") && (isPublic || explicit)) {
      return mangle(n.substring(3));
    }
    if (n.startsWith("is") && n.length() > 2 && (isPublic || explicit) && isBoolean(m)) {
      return mangle(n.substring(2));
    }
    return explicit ? n : null;
  }

  /** Jackson accepts {@code isX()} getters returning {@code boolean} or {@code Boolean}. */
  private boolean isBoolean(ExecutableElement m) {
    TypeMirror t = m.getReturnType();
    return t.getKind() == TypeKind.BOOLEAN
        || (t.getKind() == TypeKind.DECLARED
            && ((TypeElement) types.asElement(t))
                .getQualifiedName()
                .contentEquals("java.lang.Boolean"));
  }

  private String setterName(ExecutableElement m) {
    String n = m.getSimpleName().toString();
    boolean ok =
        m.getParameters().size() == 1
            && n.startsWith("set")
            && n.length() > 3
            && (m.getModifiers().contains(Modifier.PUBLIC) || has(m, JSON_PROPERTY));
    return ok ? mangle(n.substring(3)) : null;
  }

  /** Jackson's default: lower-case the leading upper-case run ({@code URLValue} → urlvalue). */
  static String mangle(String base) {
    StringBuilder sb = new StringBuilder(base);
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      char lower = Character.toLowerCase(c);
      if (c == lower) {
        break;
      }
      sb.setCharAt(i, lower);
    }
    return sb.toString();
  }

  private Set<String> ignoredNames(TypeElement element) {
    Set<String> names = new TreeSet<>();
    classAnnotation(element, Names.JACKSON + "JsonIgnoreProperties")
        .ifPresent(a -> names.addAll(values.strings(a, "value")));
    return names;
  }

  private boolean isIgnoredType(TypeMirror type) {
    Element e = types.asElement(type);
    return e instanceof TypeElement t
        && classAnnotation(t, Names.JACKSON + "JsonIgnoreType")
            .map(a -> values.bool(a, "value"))
            .orElse(false);
  }

  private PropertyNaming naming(TypeElement element) {
    return classAnnotation(element, JSON_NAMING)
        .map(a -> types.asElement(values.type(a, "value")).getSimpleName().toString())
        .map(PropertyNaming::forStrategyClass)
        .orElse(PropertyNaming.IDENTITY);
  }

  private List<BeanProperty> order(TypeElement element, List<PropertyOrder.Entry> props) {
    Optional<AnnotationMirror> order =
        classAnnotation(element, Names.JACKSON + "JsonPropertyOrder");
    return PropertyOrder.apply(
        props,
        order.map(a -> values.strings(a, "value")).orElse(List.of()),
        order.map(a -> values.bool(a, "alphabetic")).orElse(false));
  }

  /** A class annotation as Jackson sees it: on the class, else on its nearest supertype. */
  Optional<AnnotationMirror> classAnnotation(TypeElement element, String annotation) {
    // Remembered per class: asked for the type of every property (String, List...), each time
    // walking all its supertypes.
    return classAnnotations
        .computeIfAbsent(annotation, a -> new IdentityHashMap<>())
        .computeIfAbsent(element, e -> findClassAnnotation(e, annotation));
  }

  private Optional<AnnotationMirror> findClassAnnotation(TypeElement element, String annotation) {
    Deque<TypeElement> queue = new ArrayDeque<>(List.of(element));
    Set<TypeElement> seen = new LinkedHashSet<>();
    while (!queue.isEmpty()) {
      TypeElement t = queue.removeFirst();
      if (!seen.add(t)) {
        continue;
      }
      Optional<AnnotationMirror> found = find(t, annotation);
      if (found.isPresent()) {
        return found;
      }
      TypeElement sup = superclass(t);
      if (sup != null) {
        queue.addLast(sup);
      }
      t.getInterfaces().forEach(i -> queue.addLast((TypeElement) types.asElement(i)));
    }
    return Optional.empty();
  }

  private TypeElement superclass(TypeElement t) {
    TypeMirror sup = t.getSuperclass();
    return sup.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(sup) : null;
  }

  private static boolean isJdk(TypeElement e) {
    String qn = e.getQualifiedName().toString();
    return qn.startsWith("java.") || qn.startsWith("javax.") || qn.startsWith("jdk.");
  }
}
