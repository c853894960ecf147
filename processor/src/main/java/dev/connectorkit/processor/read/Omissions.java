package dev.connectorkit.processor.read;

import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.ParameterLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;

/**
 * Reads {@code @Omit} for operations and parameters: the {@code SwaggerKey}s listed on the
 * connector class, resource class, method and parameter add up; a parameter's keys apply only where
 * they hold their default.
 */
final class Omissions {
  private final AnnotationValues values;

  Omissions(AnnotationValues values) {
    this.values = values;
  }

  /** The {@code SwaggerKey} names listed by {@code @Omit} on any of the elements. */
  Set<String> of(List<? extends Element> elements) {
    Set<String> out = new TreeSet<>();
    for (Element e : elements) {
      AnnotationValues.find(e, Names.CK + "Omit")
          .ifPresent(a -> out.addAll(values.enumNames(a, "value")));
    }
    return out;
  }

  /** The parameter with the keys its operation's and its own {@code @Omit} leave out. */
  Parameter apply(Parameter p, Set<String> operationLevel) {
    Set<String> implicit = new TreeSet<>(operationLevel);
    implicit.addAll(of(List.of(p.origin().element())));
    List<String> keys = new ArrayList<>();
    if (implicit.contains("REQUIRED") && !p.required()) {
      keys.add("required");
    }
    if (implicit.contains("URL_ENCODING")
        && p.location() == ParameterLocation.PATH
        && !p.encoded()) {
      keys.add("x-ms-url-encoding");
    }
    return keys.isEmpty() ? p : p.withOmitted(keys);
  }
}
