package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;
import static dev.connectorkit.processor.read.AnnotationValues.has;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorInfo;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.ParameterLocation;
import dev.connectorkit.processor.model.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * Builds one {@link Operation} from a resource method: {@code @Action} or {@code @Trigger} facts
 * (or defaults from the method name and Javadoc), parameters, media types and responses.
 */
final class OperationReader {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String MULTIPART = "multipart/form-data";

  private final AnnotationValues values;
  private final Javadocs javadocs;
  private final ParameterReader parameters;
  private final ResponseReader responses;
  private final OperationExtrasReader extras;
  private final Diagnostics diagnostics;
  private final Omissions omissions;
  private final Set<String> connectorOmits;

  /** {@code connectorOmits}: the {@code SwaggerKey}s the connector's {@code @Omit} lists. */
  OperationReader(
      AnnotationValues values,
      Javadocs javadocs,
      ParameterReader parameters,
      ResponseReader responses,
      OperationExtrasReader extras,
      Diagnostics diagnostics,
      Set<String> connectorOmits) {
    this.omissions = new Omissions(values);
    this.connectorOmits = connectorOmits;
    this.values = values;
    this.javadocs = javadocs;
    this.parameters = parameters;
    this.responses = responses;
    this.extras = extras;
    this.diagnostics = diagnostics;
  }

  Operation read(ResourceMethod rm, ConnectorInfo info) {
    ExecutableElement method = rm.method();
    Optional<AnnotationMirror> facts =
        find(method, Names.ACTION)
            .or(() -> find(method, Names.TRIGGER))
            .or(() -> find(rm.annotated(), Names.ACTION))
            .or(() -> find(rm.annotated(), Names.TRIGGER));
    Origin origin = facts.map(a -> Origin.of(method, a)).orElse(Origin.of(method));
    String name = method.getSimpleName().toString();
    String operationId = facts.map(a -> values.string(a, "operationId")).orElse("");
    String summary = facts.map(a -> values.string(a, "summary")).orElse("");
    String description = facts.map(a -> values.string(a, "description")).orElse("");
    if (description.isEmpty()) {
      String doc = javadocs.mainText(method);
      description = doc != null ? doc : javadocs.mainText(rm.annotated());
    }
    String visibility =
        facts
            .map(a -> values.enumName(a, "visibility"))
            .filter(v -> !v.equals("NONE"))
            .map(v -> v.toLowerCase(Locale.ROOT))
            .orElse(null);
    boolean deprecated =
        facts.map(a -> values.bool(a, "deprecated")).orElse(false)
            || has(method, "java.lang.Deprecated")
            || has(rm.annotated(), "java.lang.Deprecated");
    Set<String> omit = new TreeSet<>(connectorOmits);
    omit.addAll(omissions.of(List.of(method, rm.annotated(), rm.resource())));
    if (summary.isEmpty()) {
      summary = omit.contains("SUMMARY") ? null : sentence(name);
    }
    if (deprecated && !omit.contains("DEPRECATION_NOTE")) {
      summary = summary == null ? null : markDeprecated(summary);
      description = description == null ? null : markDeprecated(description);
    }
    String trigger =
        facts
            .filter(a -> isTrigger(a))
            .map(a -> values.enumName(a, "type").toLowerCase(Locale.ROOT))
            .orElse(null);

    List<Parameter> params =
        parameters.read(rm).stream().map(p -> omissions.apply(p, omit)).toList();
    boolean file = params.stream().anyMatch(p -> "file".equals(p.schema().type()));
    boolean form = params.stream().anyMatch(p -> p.location() == ParameterLocation.FORM_DATA);
    List<String> consumes = rm.consumes();
    if (form && consumes.isEmpty()) {
      consumes = List.of(file ? MULTIPART : FORM);
    } else if (consumes.isEmpty()) {
      consumes = info.consumes();
    }
    if (file && !consumes.contains(MULTIPART)) {
      Parameter p =
          params.stream().filter(x -> "file".equals(x.schema().type())).findFirst().orElseThrow();
      diagnostics.report(Message.FILE_NOT_IN_FORM, p.origin(), p.name());
    }
    List<String> produces = rm.produces().isEmpty() ? info.produces() : rm.produces();
    boolean jsonOut = produces.stream().anyMatch(t -> t.contains("json"));
    List<Response> resp = new java.util.ArrayList<>();
    // @Inline on the method (or the method it implements) writes its return type in place.
    boolean inline =
        extras.shapesResponse(method)
            || AnnotationValues.has(method, Names.INLINE)
            || AnnotationValues.has(rm.annotated(), Names.INLINE);
    for (Response r : responses.read(rm, jsonOut, inline)) {
      boolean success = r.status().startsWith("2") && r.schema() != null;
      resp.add(success ? r.withSchema(extras.responseSchema(method, r.schema())) : r);
    }
    boolean isTrigger = trigger != null;
    OperationExtras more = extras.read(rm, facts, isTrigger);
    return new Operation(
        rm.path(),
        rm.httpMethod(),
        operationId.isEmpty() ? null : operationId,
        summary,
        description,
        visibility,
        deprecated,
        trigger,
        consumes,
        produces,
        params,
        resp,
        more.tags(),
        more.extensions(),
        more.trigger(),
        origin,
        SwaggerKeys.of(values, List.of(method, rm.annotated()), Names.EXPLICIT),
        params.isEmpty() && omit.contains("PARAMETERS") ? List.of("parameters") : List.of());
  }

  private static boolean isTrigger(AnnotationMirror a) {
    return ((javax.lang.model.element.TypeElement) a.getAnnotationType().asElement())
        .getQualifiedName()
        .contentEquals(Names.TRIGGER);
  }

  /**
   * Appends "(deprecated)" as Power Platform asks of deprecated operations, before a sentence's
   * final punctuation: "Gets items." becomes "Gets items (deprecated).".
   */
  static String markDeprecated(String text) {
    if (text.toLowerCase(Locale.ROOT).contains("(deprecated)")) {
      return text;
    }
    int end = text.length();
    while (end > 0 && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end) + " (deprecated)" + text.substring(end);
  }

  /** {@code listOpenTickets} → "List open tickets": the designer title from a method name. */
  static String sentence(String methodName) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < methodName.length(); i++) {
      char c = methodName.charAt(i);
      boolean boundary =
          i > 0
              && Character.isUpperCase(c)
              && (Character.isLowerCase(methodName.charAt(i - 1))
                  || (i + 1 < methodName.length()
                      && Character.isLowerCase(methodName.charAt(i + 1))));
      if (boundary) {
        sb.append(' ');
      }
      sb.append(c);
    }
    String words = sb.toString().replace('_', ' ').strip();
    StringBuilder out = new StringBuilder();
    for (String w : words.split(" ")) {
      if (w.isEmpty()) {
        continue; // a run of spaces or underscores
      }
      boolean acronym = w.length() > 1 && w.chars().allMatch(Character::isUpperCase);
      if (out.length() == 0) {
        out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      } else {
        out.append(' ').append(acronym ? w : w.toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }
}
