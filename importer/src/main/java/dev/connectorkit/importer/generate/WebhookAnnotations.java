package dev.connectorkit.importer.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.connectorkit.importer.model.ImportedConnector;
import dev.connectorkit.importer.model.ImportedConnector.Notification;
import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Problems;
import java.util.List;

/**
 * {@code @Webhook} for the trigger of a path with {@code x-ms-notification-content}: the event
 * body's type, its description, and the DELETE operation that ends a subscription.
 */
final class WebhookAnnotations {
  private final ImportedConnector connector;
  private final ModelTypes types;
  private final OperationNames names;
  private final Problems problems;

  private final Calls calls;

  WebhookAnnotations(
      ImportedConnector connector,
      ModelTypes types,
      OperationNames names,
      Problems problems,
      Calls calls) {
    this.calls = calls;
    this.connector = connector;
    this.types = types;
    this.names = names;
    this.problems = problems;
  }

  /** The webhook annotation of an operation, if it is the webhook of its path. */
  List<AnnotationSpec> of(Operation op) {
    Notification n = connector.notifications().get(op.path());
    if (n == null || !calls.isFirstTrigger(op)) {
      return List.of();
    }
    if (!calls.hasNotificationUrl(op)) {
      problems.warn(
          Problems.SWAGGER,
          n.pointer(),
          "the webhook's body has no callback URL"
              + " property (x-ms-notification-url), which the processor requires of a webhook; the"
              + " notification content is left out");
      return List.of();
    }
    AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck("Webhook"));
    if (n.schema() == null) {
      problems.warn(
          Problems.SWAGGER,
          n.pointer(),
          "has no schema; the event body is imported as" + " Object");
    }
    JavaType payload =
        types.map(
            n.schema(),
            JavaNames.upperCamel(names.id(op), "Webhook") + "Event",
            ModelTypes.Use.TYPE_ONLY);
    TypeName t = payload.type();
    boolean array =
        t instanceof ParameterizedTypeName p && p.rawType().equals(ClassName.get(List.class));
    TypeName item = array ? ((ParameterizedTypeName) t).typeArguments().get(0) : t;
    if (!(item instanceof ClassName) || !payload.annotations().isEmpty()) {
      problems.warn(
          Problems.SWAGGER,
          n.pointer() + "/schema",
          "the event body's Java type, "
              + t
              + ", cannot be named in @Webhook(payload = ...); imported as Object");
      item = ClassName.get(Object.class);
      array = false;
    }
    if (payload.inline()) {
      problems.warn(
          Problems.SWAGGER,
          n.pointer() + "/schema",
          "the event body is written where"
              + " it is used; the processor refers to its definition instead");
    }
    b.addMember("payload", "$T.class", item);
    if (array) {
      b.addMember("payloadArray", "true");
    }
    if (n.description() != null) {
      b.addMember("payloadDescription", "$S", n.description());
    }
    List<AnnotationSpec> headers = new java.util.ArrayList<>();
    for (var h : n.headers()) {
      headers.add(ResponseAnnotations.header(h, n.pointer(), problems));
    }
    if (!headers.isEmpty()) {
      Annotations.annotations(b, "headers", headers);
    }
    Operation unsubscribe = unsubscribe(op);
    if (unsubscribe != null) {
      b.addMember("unsubscribe", "$S", names.id(unsubscribe));
    } else {
      problems.warn(
          Problems.SWAGGER,
          n.pointer(),
          "no DELETE operation ends this webhook's" + " subscriptions");
    }
    return List.of(b.build());
  }

  /**
   * The DELETE operation Power Platform calls to unsubscribe: the one below the subscribe path,
   * else the only one.
   */
  private Operation unsubscribe(Operation op) {
    List<Operation> deletes =
        connector.operations().stream().filter(o -> o.method().equals("delete")).toList();
    for (Operation d : deletes) {
      if (d.path().startsWith(op.path() + "/")) {
        return d;
      }
    }
    return deletes.size() == 1 ? deletes.get(0) : null;
  }
}
