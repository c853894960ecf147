package dev.connectorkit.processor.read;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One JSON property of a model type as Jackson sees it.
 *
 * @param accessors the elements that carry its annotations, most significant first (getter or
 *     record component, field, setter, creator parameter)
 * @param unwrapped whether {@code @JsonUnwrapped} asks to inline the type's properties
 */
record BeanProperty(
    String name,
    TypeMirror type,
    List<Element> accessors,
    boolean required,
    boolean readOnly,
    boolean unwrapped,
    String unwrapPrefix,
    String unwrapSuffix) {}
