package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Header;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Response;
import dev.connectorkit.processor.model.Schema;
import dev.connectorkit.processor.model.TriggerFacts;

/**
 * Batch triggers return arrays; a polling trigger without a gateway configuration declares the
 * polling protocol's 202 with {@code Retry-After} and {@code Location}.
 */
final class PollingRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    SchemaPaths paths = new SchemaPaths(model);
    for (Operation op : model.operations()) {
      TriggerFacts t = op.triggerFacts();
      if ("batch".equals(op.trigger()) && !returnsArray(op, t, paths)) {
        diagnostics.report(
            Message.BATCH_NOT_ARRAY, op.origin().member("type"), Describe.method(op));
      }
      if (t != null && t.isPolling() && t.pollingConfig().isEmpty() && !declares202(op)) {
        diagnostics.report(Message.POLLING_PROTOCOL_MISSING, t.origin(), op.operationId());
      }
    }
  }

  private static boolean returnsArray(Operation op, TriggerFacts t, SchemaPaths paths) {
    Schema body = paths.successBody(op);
    if (body == null || "array".equals(body.type()) || paths.isOpen(body)) {
      return body != null;
    }
    String dataPath =
        t != null && t.isPolling() && t.pollingDataPath() != null ? t.pollingDataPath() : null;
    if (dataPath != null && dataPath.startsWith("@triggerBody().")) {
      Schema at = paths.at(body, dataPath.substring("@triggerBody().".length()).replace('.', '/'));
      return at != null && "array".equals(at.type());
    }
    return body.properties() != null
        && body.properties().values().stream().anyMatch(p -> "array".equals(p.type()));
  }

  private static boolean declares202(Operation op) {
    for (Response r : op.responses()) {
      if (r.status().equals("202")) {
        boolean retry =
            r.headers().stream().map(Header::name).anyMatch(n -> n.equalsIgnoreCase("Retry-After"));
        boolean location =
            r.headers().stream().map(Header::name).anyMatch(n -> n.equalsIgnoreCase("Location"));
        return retry && location;
      }
    }
    return false;
  }
}
