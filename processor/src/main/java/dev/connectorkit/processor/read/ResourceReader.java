package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.has;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.Origin;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the resource methods of a resource class the JAX-RS way: annotations inherited from
 * superclasses and interfaces when the method itself has none, class and method paths joined, media
 * types resolved, and sub-resource locators followed.
 */
final class ResourceReader {
  private static final List<String> PARAM_ANNOTATIONS =
      List.of(
          "PathParam",
          "QueryParam",
          "HeaderParam",
          "CookieParam",
          "MatrixParam",
          "FormParam",
          "BeanParam");

  /** The HTTP methods a Swagger 2.0 path item can hold. */
  private static final List<String> SWAGGER_METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch");

  private final Elements elements;
  private final Types types;
  private final JaxRs jaxRs;
  private final Diagnostics diagnostics;

  ResourceReader(Elements elements, Types types, JaxRs jaxRs, Diagnostics diagnostics) {
    this.elements = elements;
    this.types = types;
    this.jaxRs = jaxRs;
    this.diagnostics = diagnostics;
  }

  /** The resource methods of a root resource class, sorted by path then HTTP method. */
  List<ResourceMethod> read(TypeElement resource) {
    List<ResourceMethod> out = new ArrayList<>();
    Deque<TypeElement> stack = new ArrayDeque<>();
    String rootPath = classAnnotated(resource, "Path").flatMap(jaxRs::path).orElse("");
    collect(
        (DeclaredType) resource.asType(),
        List.of(rootPath),
        List.of(),
        List.of(),
        List.of(),
        stack,
        out);
    out.sort(Comparator.comparing(ResourceMethod::path).thenComparing(ResourceMethod::httpMethod));
    return out;
  }

  private void collect(
      DeclaredType type,
      List<String> pathPrefix,
      List<String> inheritedConsumes,
      List<String> inheritedProduces,
      List<VariableElement> inheritedParams,
      Deque<TypeElement> stack,
      List<ResourceMethod> out) {
    TypeElement resource = (TypeElement) type.asElement();
    if (has(resource, Names.HIDDEN)) {
      return;
    }
    stack.push(resource);
    List<String> consumes =
        orElse(
            classAnnotated(resource, "Consumes")
                .map(e -> jaxRs.mediaTypes(e, "Consumes"))
                .orElse(List.of()),
            inheritedConsumes);
    List<String> produces =
        orElse(
            classAnnotated(resource, "Produces")
                .map(e -> jaxRs.mediaTypes(e, "Produces"))
                .orElse(List.of()),
            inheritedProduces);
    List<VariableElement> params = new ArrayList<>(inheritedParams);
    params.addAll(paramFields(resource));
    for (ExecutableElement method : methods(resource)) {
      ExecutableElement annotated = annotatedMethod(resource, method);
      if (annotated == null || has(method, Names.HIDDEN) || has(annotated, Names.HIDDEN)) {
        continue;
      }
      Optional<String> http = jaxRs.httpMethod(annotated);
      Optional<String> path = jaxRs.path(annotated);
      List<String> fullPath = new ArrayList<>(pathPrefix);
      path.ifPresent(fullPath::add);
      List<String> c = orElse(jaxRs.mediaTypes(annotated, "Consumes"), consumes);
      List<String> p = orElse(jaxRs.mediaTypes(annotated, "Produces"), produces);
      if (http.isPresent() && !SWAGGER_METHODS.contains(http.get())) {
        diagnostics.report(
            Message.HTTP_METHOD_NOT_SUPPORTED,
            Origin.of(method),
            http.get().toUpperCase(Locale.ROOT));
      } else if (http.isPresent()) {
        out.add(
            new ResourceMethod(
                type,
                resource,
                method,
                annotated,
                http.get(),
                JaxRs.operationPath(fullPath, path),
                c,
                p,
                List.copyOf(params)));
      } else if (path.isPresent()) {
        locator(type, method, annotated, fullPath, c, p, params, stack, out);
      }
    }
    stack.pop();
  }

  private void locator(
      DeclaredType owner,
      ExecutableElement method,
      ExecutableElement annotated,
      List<String> path,
      List<String> consumes,
      List<String> produces,
      List<VariableElement> params,
      Deque<TypeElement> stack,
      List<ResourceMethod> out) {
    TypeMirror ret = ((ExecutableType) types.asMemberOf(owner, method)).getReturnType();
    if (ret.getKind() == TypeKind.DECLARED
        && ((TypeElement) types.asElement(ret)).getQualifiedName().contentEquals("java.lang.Class")
        && !((DeclaredType) ret).getTypeArguments().isEmpty()
        && ((DeclaredType) ret).getTypeArguments().get(0).getKind() == TypeKind.DECLARED) {
      ret = ((DeclaredType) ret).getTypeArguments().get(0);
    }
    if (ret.getKind() != TypeKind.DECLARED
        || ((TypeElement) types.asElement(ret)).getQualifiedName().toString().startsWith("java.")) {
      diagnostics.report(Message.LOCATOR_NOT_FOLLOWED, Origin.of(method), ret);
      return;
    }
    TypeElement target = (TypeElement) types.asElement(ret);
    if (stack.contains(target)) {
      diagnostics.report(
          Message.SUB_RESOURCE_CYCLE,
          Origin.of(method),
          target.getSimpleName(),
          JaxRs.joinPath(path));
      return;
    }
    List<VariableElement> withLocatorParams = new ArrayList<>(params);
    // The parameters that carry the JAX-RS annotations, which may be an overridden method's.
    withLocatorParams.addAll(annotated.getParameters());
    collect((DeclaredType) ret, path, consumes, produces, withLocatorParams, stack, out);
  }

  /** Public instance methods of the class and its supertypes, overridden ones once, in order. */
  private List<ExecutableElement> methods(TypeElement resource) {
    List<ExecutableElement> out = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(resource))) {
      TypeElement declaring = (TypeElement) m.getEnclosingElement();
      if (!m.getModifiers().contains(Modifier.STATIC)
          && m.getModifiers().contains(Modifier.PUBLIC)
          && !declaring.getQualifiedName().contentEquals("java.lang.Object")) {
        out.add(m);
      }
    }
    // Sort keys made once per method, not at every comparison.
    Map<ExecutableElement, String> keys = new IdentityHashMap<>();
    for (ExecutableElement m : out) {
      keys.put(m, m.getSimpleName().toString());
    }
    out.sort(
        Comparator.comparing((ExecutableElement m) -> keys.get(m))
            .thenComparing(m -> m.getParameters().toString()));
    return out;
  }

  /**
   * The method whose JAX-RS annotations apply: the method itself if it has any, else the nearest
   * overridden method in a superclass, then in an interface, that has some (JAX-RS 3.6).
   */
  private ExecutableElement annotatedMethod(TypeElement resource, ExecutableElement method) {
    if (isAnnotated(method)) {
      return method;
    }
    for (TypeElement sup : supertypes(resource)) {
      for (ExecutableElement candidate : ElementFilter.methodsIn(sup.getEnclosedElements())) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && elements.overrides(method, candidate, resource)
            && isAnnotated(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  private static boolean isAnnotated(ExecutableElement m) {
    if (JaxRs.hasAny(m)) {
      return true;
    }
    for (VariableElement p : m.getParameters()) {
      if (JaxRs.hasAny(p)) {
        return true;
      }
    }
    return false;
  }

  /** Superclasses nearest first, then interfaces breadth first. */
  private List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> classes = new ArrayList<>();
    List<TypeElement> interfaces = new ArrayList<>();
    Deque<TypeElement> queue = new ArrayDeque<>();
    queue.add(type);
    while (!queue.isEmpty()) {
      TypeElement t = queue.poll();
      if (t.getSuperclass().getKind() == TypeKind.DECLARED) {
        TypeElement s = (TypeElement) types.asElement(t.getSuperclass());
        if (!classes.contains(s)) {
          classes.add(s);
          queue.add(s);
        }
      }
      for (TypeMirror i : t.getInterfaces()) {
        TypeElement ie = (TypeElement) types.asElement(i);
        if (!interfaces.contains(ie)) {
          interfaces.add(ie);
          queue.add(ie);
        }
      }
    }
    classes.addAll(interfaces);
    return classes;
  }

  /** The class itself or the nearest supertype carrying the class-level JAX-RS annotation. */
  private Optional<Element> classAnnotated(TypeElement type, String simpleName) {
    if (jaxRs.annotation(type, simpleName).isPresent()) {
      return Optional.of(type);
    }
    for (TypeElement sup : supertypes(type)) {
      if (jaxRs.annotation(sup, simpleName).isPresent()) {
        return Optional.of(sup);
      }
    }
    return Optional.empty();
  }

  /**
   * Instance fields carrying parameter annotations (per-request resources), superclass fields
   * first, as JAX-RS injects them too.
   */
  private List<VariableElement> paramFields(TypeElement resource) {
    List<VariableElement> out = new ArrayList<>();
    TypeMirror sup = resource.getSuperclass();
    if (sup.getKind() == TypeKind.DECLARED) {
      out.addAll(paramFields((TypeElement) types.asElement(sup)));
    }
    for (VariableElement f : ElementFilter.fieldsIn(resource.getEnclosedElements())) {
      if (f.getKind() == ElementKind.FIELD
          && !f.getModifiers().contains(Modifier.STATIC)
          && PARAM_ANNOTATIONS.stream().anyMatch(a -> jaxRs.annotation(f, a).isPresent())) {
        out.add(f);
      }
    }
    return out;
  }

  private static List<String> orElse(List<String> own, List<String> fallback) {
    return own.isEmpty() ? fallback : own;
  }

  /** Whether a type is a resource: it or a supertype has {@code @Path}. */
  boolean isResource(TypeElement type) {
    return classAnnotated(type, "Path").isPresent();
  }
}
