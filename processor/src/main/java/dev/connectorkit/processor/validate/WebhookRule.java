package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Header;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.ParameterLocation;
import dev.connectorkit.processor.model.Response;
import dev.connectorkit.processor.model.Schema;
import dev.connectorkit.processor.model.TriggerFacts;
import java.util.List;

/**
 * Webhook triggers as Power Platform needs them: a callback URL property in the body, a DELETE
 * unsubscribe operation, a 201 with {@code Location}; and no callback URL on anything else.
 */
final class WebhookRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    // A property at any depth of a body, through definitions, receives the callback URL.
    DefinitionReach urls =
        new DefinitionReach(
            model.definitions(),
            s ->
                s.properties() != null
                    && s.properties().values().stream().anyMatch(WebhookRule::isUrl),
            s -> s.properties() == null ? List.of() : List.copyOf(s.properties().values()));
    OperationIndex index = new OperationIndex(model);
    for (Operation op : model.operations()) {
      TriggerFacts t = op.triggerFacts();
      boolean webhook = t != null && t.isWebhook();
      boolean hasUrl = false;
      for (Parameter p : op.parameters()) {
        if (p.location() != ParameterLocation.BODY) {
          continue; // a callback URL outside a body is reported where it is read
        }
        // The callback URL's type is checked where @NotificationUrl is read.
        hasUrl |= urls.reaches(p.schema());
      }
      if (hasUrl && !webhook) {
        diagnostics.report(
            Message.NOTIFICATION_URL_WITHOUT_WEBHOOK,
            Describe.methodOrigin(op),
            Describe.method(op));
      }
      if (!webhook) {
        continue;
      }
      if (!hasUrl) {
        diagnostics.report(Message.WEBHOOK_WITHOUT_NOTIFICATION_URL, t.origin(), op.operationId());
      }
      Operation unsubscribe = t.unsubscribe() == null ? null : index.resolve(t.unsubscribe());
      if (unsubscribe != null && !unsubscribe.method().equals("delete")) {
        diagnostics.report(
            Message.UNSUBSCRIBE_NOT_DELETE, t.unsubscribe().origin(), unsubscribe.operationId());
      } else if (unsubscribe != null && !"internal".equals(unsubscribe.visibility())) {
        diagnostics.report(
            Message.UNSUBSCRIBE_VISIBLE, unsubscribe.origin(), unsubscribe.operationId());
      }
      if (!hasLocation(op)) {
        diagnostics.report(
            Message.WEBHOOK_LOCATION_MISSING, Describe.methodOrigin(op), op.operationId());
      }
    }
  }

  private static boolean isUrl(Schema s) {
    return s != null
        && s.extensions() != null
        && Boolean.TRUE.equals(s.extensions().get("x-ms-notification-url"));
  }

  private static boolean hasLocation(Operation op) {
    for (Response r : op.responses()) {
      if (r.status().equals("201")) {
        for (Header h : r.headers()) {
          if (h.name().equalsIgnoreCase("Location")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
