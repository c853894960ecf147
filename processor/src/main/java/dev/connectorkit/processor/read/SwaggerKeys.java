package dev.connectorkit.processor.read;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Reads {@code @Omit} and {@code @Explicit}: the {@code SwaggerKey}s an element names, as the JSON
 * keys the writer looks up ({@code URL_ENCODING} → {@code x-ms-url-encoding}).
 */
final class SwaggerKeys {
  private SwaggerKeys() {}

  /** The keys the first carrier with the annotation names, empty without one. */
  static Set<String> of(
      AnnotationValues values, List<? extends Element> carriers, String annotation) {
    Set<String> out = new LinkedHashSet<>();
    for (Element e : carriers) {
      Optional<AnnotationMirror> a = AnnotationValues.find(e, annotation);
      if (a.isPresent()) {
        for (String name : values.enumNames(a.get(), "value")) {
          out.add(key(name));
        }
        return out;
      }
    }
    return out;
  }

  /** {@code URL_ENCODING} → {@code x-ms-url-encoding}, {@code BASE_PATH} → {@code basePath}. */
  static String key(String constant) {
    return switch (constant) {
      case "URL_ENCODING" -> "x-ms-url-encoding";
      case "DEPRECATION_NOTE" -> "(deprecated)";
      case "BASE_PATH" -> "basePath";
      default -> constant.toLowerCase(Locale.ROOT);
    };
  }
}
