package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** The accessors found for one implicit property name while scanning a class, Jackson style. */
final class PropertyCandidate {
  private static final String JSON_PROPERTY = Names.JACKSON + "JsonProperty";
  private static final String JSON_IGNORE = Names.JACKSON + "JsonIgnore";

  ExecutableElement getter;
  RecordComponentElement component;
  VariableElement field;
  boolean fieldVisible;
  ExecutableElement setter;
  VariableElement creatorParam;

  /** The position among the creator's parameters (record components), or -1. */
  int creatorIndex = -1;

  TypeMirror type;

  /** Getters of supertypes that the getter overrides: they add annotations only. */
  final List<ExecutableElement> overridden = new ArrayList<>();

  boolean visible() {
    return getter != null || fieldVisible || setter != null || creatorParam != null;
  }

  /** The annotated elements, most significant first. */
  List<Element> accessors() {
    List<Element> out = new ArrayList<>();
    for (Element e : new Element[] {getter, component, field, setter, creatorParam}) {
      if (e != null) {
        out.add(e);
      }
    }
    out.addAll(overridden);
    return out;
  }

  /**
   * Whether {@code @JsonIgnore} drops the property: as in Jackson, an accessor that is ignored
   * drops it unless another accessor names it explicitly with {@code @JsonProperty}.
   */
  boolean ignored(AnnotationValues values) {
    boolean ignoral = false;
    boolean explicitElsewhere = false;
    for (Element e : accessors()) {
      Optional<AnnotationMirror> ignore = find(e, JSON_IGNORE);
      if (ignore.isPresent() && values.bool(ignore.get(), "value")) {
        ignoral = true;
      } else if (find(e, JSON_PROPERTY).isPresent()) {
        explicitElsewhere = true;
      }
    }
    return ignoral && !explicitElsewhere;
  }

  /** The name given by {@code @JsonProperty("...")}, if any. */
  Optional<String> explicitName(AnnotationValues values) {
    for (Element e : accessors()) {
      Optional<AnnotationMirror> jp = find(e, JSON_PROPERTY);
      if (jp.isPresent() && !values.string(jp.get(), "value").isEmpty()) {
        return Optional.of(values.string(jp.get(), "value"));
      }
    }
    return Optional.empty();
  }

  BeanProperty toProperty(String name, AnnotationValues values) {
    boolean required = false;
    boolean readOnly = false;
    for (Element e : accessors()) {
      Optional<AnnotationMirror> jp = find(e, JSON_PROPERTY);
      if (jp.isPresent()) {
        required |= values.bool(jp.get(), "required");
        readOnly |= values.enumName(jp.get(), "access").equals("READ_ONLY");
      }
    }
    Optional<AnnotationMirror> unwrap =
        accessors().stream()
            .map(e -> find(e, Names.JACKSON + "JsonUnwrapped"))
            .flatMap(Optional::stream)
            .filter(a -> values.bool(a, "enabled"))
            .findFirst();
    return new BeanProperty(
        name,
        type,
        accessors(),
        required,
        readOnly,
        unwrap.isPresent(),
        unwrap.map(a -> values.string(a, "prefix")).orElse(""),
        unwrap.map(a -> values.string(a, "suffix")).orElse(""));
  }
}
