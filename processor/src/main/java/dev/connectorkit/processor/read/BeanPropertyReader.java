package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;
import static dev.connectorkit.processor.read.AnnotationValues.has;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
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
 * ordered and named by the Jackson annotations.
 */
final class BeanPropertyReader {
  private static final String JSON_PROPERTY = Names.JACKSON + "JsonProperty";
  private static final String JSON_IGNORE = Names.JACKSON + "JsonIgnore";

  private final Types types;
  private final AnnotationValues values;

  BeanPropertyReader(Types types, AnnotationValues values) {
    this.types = types;
    this.values = values;
  }

  /**
   * The properties of {@code type}: with {@code inherited}, those of its superclasses too;
   * without, only those its own class declares.
   */
  List<BeanProperty> read(DeclaredType type, boolean inherited) {
    TypeElement element = (TypeElement) type.asElement();
    Map<String, Candidate> byImplicitName = new LinkedHashMap<>();
    for (TypeElement cls : hierarchy(element, inherited)) {
      collect(type, cls, byImplicitName);
    }
    collectCreator(type, element, byImplicitName);
    Set<String> ignoredNames = ignoredNames(element);
    PropertyNaming naming = naming(element);
    List<BeanProperty> out = new ArrayList<>();
    List<BeanProperty> creatorFirst = new ArrayList<>();
    for (Map.Entry<String, Candidate> e : byImplicitName.entrySet()) {
      Candidate c = e.getValue();
      if (!c.visible() || c.ignored(this) || c.type == null) {
        continue;
      }
      String name = c.explicitName(this).orElse(naming.translate(e.getKey()));
      if (ignoredNames.contains(name) || isIgnoredType(c.type)) {
        continue;
      }
      BeanProperty p = c.toProperty(name, this);
      (c.creator ? creatorFirst : out).add(p);
    }
    creatorFirst.addAll(out);
    return order(element, creatorFirst);
  }

  /** The classes whose members count, topmost superclass first (Jackson's field order). */
  private List<TypeElement> hierarchy(TypeElement element, boolean inherited) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    TypeElement current = element;
    while (current != null && !isJdk(current)) {
      chain.addFirst(current);
      if (!inherited) {
        break;
      }
      TypeMirror sup = current.getSuperclass();
      current = sup.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(sup) : null;
    }
    if (inherited) {
      for (TypeMirror i : element.getInterfaces()) {
        TypeElement ie = (TypeElement) types.asElement(i);
        if (!isJdk(ie)) {
          chain.addLast(ie);
        }
      }
    }
    return new ArrayList<>(chain);
  }

  private void collect(DeclaredType owner, TypeElement cls, Map<String, Candidate> props) {
    for (RecordComponentElement rc : cls.getRecordComponents()) {
      Candidate c = props.computeIfAbsent(rc.getSimpleName().toString(), k -> new Candidate());
      c.getter = rc.getAccessor();
      c.component = rc;
      c.type = returnType(owner, rc.getAccessor());
    }
    for (VariableElement field : ElementFilter.fieldsIn(cls.getEnclosedElements())) {
      if (field.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      Candidate c = props.computeIfAbsent(field.getSimpleName().toString(), k -> new Candidate());
      c.field = field;
      c.fieldVisible =
          !field.getModifiers().contains(Modifier.TRANSIENT)
              && (field.getModifiers().contains(Modifier.PUBLIC) || has(field, JSON_PROPERTY));
      if (c.type == null) {
        c.type = types.asMemberOf(owner, field);
      }
    }
    for (ExecutableElement m : ElementFilter.methodsIn(cls.getEnclosedElements())) {
      if (m.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      String getterName = getterName(m);
      if (getterName != null && props.get(getterName) != null
          && props.get(getterName).component != null) {
        continue;
      }
      if (getterName != null) {
        Candidate c = props.computeIfAbsent(getterName, k -> new Candidate());
        if (c.getter == null) {
          c.getter = m;
          c.type = returnType(owner, m);
        }
        continue;
      }
      String setterName = setterName(m);
      if (setterName != null) {
        Candidate c = props.computeIfAbsent(setterName, k -> new Candidate());
        c.setter = m;
        if (c.type == null) {
          c.type = ((ExecutableType) types.asMemberOf(owner, m)).getParameterTypes().get(0);
        }
      }
    }
  }

  private void collectCreator(DeclaredType owner, TypeElement element, Map<String, Candidate> props) {
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
        String name =
            jp.map(a -> values.string(a, "value")).filter(s -> !s.isEmpty()).orElse(null);
        if (name == null) {
          continue;
        }
        Candidate c = props.computeIfAbsent(name, k -> new Candidate());
        c.creatorParam = param;
        c.creator = true;
        if (c.type == null) {
          c.type = paramTypes.get(i);
        }
      }
    }
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
    if (n.startsWith("is") && n.length() > 2 && (isPublic || explicit)
        && m.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return mangle(n.substring(2));
    }
    return explicit ? n : null;
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
    find(element, Names.JACKSON + "JsonIgnoreProperties")
        .ifPresent(a -> names.addAll(values.strings(a, "value")));
    return names;
  }

  private boolean isIgnoredType(TypeMirror type) {
    Element e = types.asElement(type);
    return e != null && has(e, Names.JACKSON + "JsonIgnoreType");
  }

  private PropertyNaming naming(TypeElement element) {
    return find(element, Names.JACKSON_DATABIND + "annotation.JsonNaming")
        .map(a -> types.asElement(values.type(a, "value")).getSimpleName().toString())
        .map(PropertyNaming::forStrategyClass)
        .orElse(PropertyNaming.IDENTITY);
  }

  private List<BeanProperty> order(TypeElement element, List<BeanProperty> props) {
    Optional<AnnotationMirror> order = find(element, Names.JACKSON + "JsonPropertyOrder");
    if (order.isEmpty()) {
      return props;
    }
    List<String> explicit = values.strings(order.get(), "value");
    boolean alphabetic = values.bool(order.get(), "alphabetic");
    List<BeanProperty> out = new ArrayList<>();
    for (String name : explicit) {
      props.stream().filter(p -> p.name().equals(name)).findFirst().ifPresent(out::add);
    }
    List<BeanProperty> rest = new ArrayList<>(props);
    rest.removeAll(out);
    if (alphabetic) {
      rest.sort((a, b) -> a.name().compareTo(b.name()));
    }
    out.addAll(rest);
    return out;
  }

  private static boolean isJdk(TypeElement e) {
    String qn = e.getQualifiedName().toString();
    return qn.startsWith("java.") || qn.startsWith("javax.") || qn.startsWith("jdk.");
  }

  /** The accessors found for one implicit name while scanning. */
  private static final class Candidate {
    ExecutableElement getter;
    RecordComponentElement component;
    VariableElement field;
    boolean fieldVisible;
    ExecutableElement setter;
    VariableElement creatorParam;
    boolean creator;
    TypeMirror type;

    boolean visible() {
      return getter != null || fieldVisible || setter != null || creatorParam != null;
    }

    List<Element> accessors() {
      List<Element> out = new ArrayList<>();
      for (Element e : new Element[] {getter, component, field, setter, creatorParam}) {
        if (e != null) {
          out.add(e);
        }
      }
      return out;
    }

    boolean ignored(BeanPropertyReader r) {
      for (Element e : accessors()) {
        Optional<AnnotationMirror> ignore = find(e, JSON_IGNORE);
        if (ignore.isPresent() && r.values.bool(ignore.get(), "value")) {
          return true;
        }
      }
      return false;
    }

    Optional<String> explicitName(BeanPropertyReader r) {
      for (Element e : accessors()) {
        Optional<AnnotationMirror> jp = find(e, JSON_PROPERTY);
        if (jp.isPresent() && !r.values.string(jp.get(), "value").isEmpty()) {
          return Optional.of(r.values.string(jp.get(), "value"));
        }
      }
      return Optional.empty();
    }

    BeanProperty toProperty(String name, BeanPropertyReader r) {
      boolean required = false;
      boolean readOnly = false;
      for (Element e : accessors()) {
        Optional<AnnotationMirror> jp = find(e, JSON_PROPERTY);
        if (jp.isPresent()) {
          required |= r.values.bool(jp.get(), "required");
          readOnly |= r.values.enumName(jp.get(), "access").equals("READ_ONLY");
        }
      }
      Optional<AnnotationMirror> unwrap =
          accessors().stream()
              .map(e -> find(e, Names.JACKSON + "JsonUnwrapped"))
              .flatMap(Optional::stream)
              .filter(a -> r.values.bool(a, "enabled"))
              .findFirst();
      return new BeanProperty(
          name,
          type,
          accessors(),
          required,
          readOnly,
          unwrap.isPresent(),
          unwrap.map(a -> r.values.string(a, "prefix")).orElse(""),
          unwrap.map(a -> r.values.string(a, "suffix")).orElse(""));
    }
  }
}
