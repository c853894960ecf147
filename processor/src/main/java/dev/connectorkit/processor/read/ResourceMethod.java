package dev.connectorkit.processor.read;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * A resource method found on a resource class, with what JAX-RS resolves for it.
 *
 * @param owner the resource type the method is a member of (generic supertypes resolved)
 * @param method the method as the resource class has it (for positions and overrides)
 * @param annotated the method carrying the JAX-RS annotations (itself or an overridden one)
 * @param classParams fields of the resource classes on the way that carry parameter annotations
 */
record ResourceMethod(
    DeclaredType owner,
    TypeElement resource,
    ExecutableElement method,
    ExecutableElement annotated,
    String httpMethod,
    String path,
    List<String> consumes,
    List<String> produces,
    List<VariableElement> classParams) {}
