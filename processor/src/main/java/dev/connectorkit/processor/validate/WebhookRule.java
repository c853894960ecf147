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
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Webhook triggers as Power Platform needs them: a callback URL property in the body (and only
 * there, a string), a DELETE unsubscribe operation, a 201 with {@code Location}; and no callback
 * URL on anything else.
 */
final class WebhookRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    SchemaPaths paths = new SchemaPaths(model);
    for (Operation op : model.operations()) {
      TriggerFacts t = op.triggerFacts();
      boolean webhook = t != null && t.isWebhook();
      boolean hasUrl = false;
      for (Parameter p : op.parameters()) {
        if (p.location() != ParameterLocation.BODY) {
          if (isUrl(p.schema())) {
            diagnostics.report(Message.NOTIFICATION_URL_POSITION, p.origin());
          }
          continue;
        }
        for (Schema url : urls(paths.resolve(p.schema()), paths,
            Collections.newSetFromMap(new IdentityHashMap<>()))) {
          hasUrl = true;
          if (!"string".equals(url.type())) {
            diagnostics.report(Message.NOTIFICATION_URL_NOT_STRING, p.origin(), url.type());
          }
        }
      }
      if (hasUrl && !webhook) {
        diagnostics.report(Message.NOTIFICATION_URL_WITHOUT_WEBHOOK, op.origin(),
            Describe.method(op));
      }
      if (!webhook) {
        continue;
      }
      if (!hasUrl) {
        diagnostics.report(Message.WEBHOOK_WITHOUT_NOTIFICATION_URL, t.origin(),
            op.operationId());
      }
      Operation unsubscribe = t.unsubscribe() == null ? null : model.resolve(t.unsubscribe());
      if (unsubscribe != null && !unsubscribe.method().equals("delete")) {
        diagnostics.report(Message.UNSUBSCRIBE_NOT_DELETE, t.unsubscribe().origin(),
            unsubscribe.operationId());
      } else if (unsubscribe != null && !"internal".equals(unsubscribe.visibility())) {
        diagnostics.report(Message.UNSUBSCRIBE_VISIBLE, unsubscribe.origin(),
            unsubscribe.operationId());
      }
      if (!hasLocation(op)) {
        diagnostics.report(Message.WEBHOOK_LOCATION_MISSING, op.origin(), op.operationId());
      }
    }
  }

  /**
   * The callback URL properties of a body, at any depth: Power Platform asks only that every
   * object on the way is required.
   */
  private static List<Schema> urls(Schema s, SchemaPaths paths, Set<Schema> seen) {
    List<Schema> out = new ArrayList<>();
    if (s == null || s.properties() == null || !seen.add(s)) {
      return out;
    }
    for (Map.Entry<String, Schema> e : s.properties().entrySet()) {
      if (isUrl(e.getValue())) {
        out.add(e.getValue());
      } else {
        out.addAll(urls(paths.resolve(e.getValue()), paths, seen));
      }
    }
    return out;
  }

  private static boolean isUrl(Schema s) {
    return s != null && s.extensions() != null
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
