package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.findAny;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads the JAX-RS annotations ({@code jakarta.ws.rs}, and the older {@code javax.ws.rs}) by name:
 * HTTP methods through their {@code @HttpMethod} meta-annotation, paths and media types.
 */
final class JaxRs {
  private final AnnotationValues values;

  JaxRs(AnnotationValues values) {
    this.values = values;
  }

  /** The HTTP method of a resource method, lower case, found through {@code @HttpMethod}. */
  Optional<String> httpMethod(Element method) {
    for (AnnotationMirror a : method.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) a.getAnnotationType().asElement();
      Optional<AnnotationMirror> meta = findAny(type, Names.jaxrs("HttpMethod"));
      if (meta.isPresent()) {
        return Optional.of(values.string(meta.get(), "value").toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  /** The {@code @Path} value, if any. */
  Optional<String> path(Element element) {
    return annotation(element, "Path").map(a -> values.string(a, "value"));
  }

  /** The media types of {@code @Consumes} or {@code @Produces}; values may hold several. */
  List<String> mediaTypes(Element element, String simpleName) {
    List<String> out = new ArrayList<>();
    annotation(element, simpleName)
        .ifPresent(
            a -> {
              for (String v : values.strings(a, "value")) {
                for (String part : v.split(",")) {
                  String t = part.strip();
                  if (!t.isEmpty() && !out.contains(t)) {
                    out.add(t);
                  }
                }
              }
            });
    return out;
  }

  /** The JAX-RS annotation of that simple name ({@code Path}, {@code QueryParam}...), if any. */
  Optional<AnnotationMirror> annotation(Element element, String simpleName) {
    return findAny(element, Names.jaxrs(simpleName));
  }

  /** Whether an element carries any JAX-RS annotation (which stops annotation inheritance). */
  static boolean hasAny(Element element) {
    for (AnnotationMirror a : element.getAnnotationMirrors()) {
      String qn = ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
      if (qn.startsWith("jakarta.ws.rs.") || qn.startsWith("javax.ws.rs.")) {
        return true;
      }
      TypeElement type = (TypeElement) a.getAnnotationType().asElement();
      if (findAny(type, Names.jaxrs("HttpMethod")).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * An operation's path: the pieces joined, with the final '/' its own {@code @Path} ends with, as
   * written (JAX-RS matches the path with and without it; the connector calls it as written). A
   * resource class's final '/' is dropped.
   */
  static String operationPath(List<String> pieces, Optional<String> own) {
    String joined = joinPath(pieces);
    boolean slash =
        own.map(JaxRs::stripRegex)
            .filter(p -> p.endsWith("/") && p.chars().anyMatch(c -> c != '/'))
            .isPresent();
    return slash && !joined.equals("/") ? joined + "/" : joined;
  }

  /** Joins path pieces into a template: one leading '/', no trailing '/', regexes stripped. */
  static String joinPath(List<String> pieces) {
    StringBuilder sb = new StringBuilder();
    for (String piece : pieces) {
      for (String segment : stripRegex(piece).split("/")) {
        if (!segment.isEmpty()) {
          sb.append('/').append(segment);
        }
      }
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }

  /** {@code {id: \d+}} becomes {@code {id}}; braces inside the regex are balanced. */
  static String stripRegex(String path) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int depth = 0;
      int end = i;
      for (; end < path.length(); end++) {
        char d = path.charAt(end);
        if (d == '{') {
          depth++;
        } else if (d == '}' && --depth == 0) {
          break;
        }
      }
      String inner = path.substring(i + 1, Math.min(end, path.length()));
      int colon = inner.indexOf(':');
      String name = (colon < 0 ? inner : inner.substring(0, colon)).strip();
      out.append('{').append(name).append('}');
      i = end + 1;
    }
    return out.toString();
  }
}
