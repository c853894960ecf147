package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Parameter;
import java.util.Map;

/**
 * Links between operations that Power Platform constrains: {@code x-ms-notification} names a
 * webhook trigger; the test-connection operation is a GET needing no parameters but literals.
 */
final class OperationLinkRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    OperationIndex index = new OperationIndex(model);
    for (Operation op : model.operations()) {
      if (op.extensions().get("x-ms-notification") instanceof Map<?, ?> n
          && n.get("operationId") instanceof OperationRef ref) {
        Operation target = index.resolve(ref);
        if (target != null && (target.triggerFacts() == null || !target.triggerFacts().isWebhook())) {
          diagnostics.report(Message.NOTIFICATION_TARGET_NOT_WEBHOOK, ref.origin(),
              target.operationId());
        }
      }
    }
    if (model.rootExtensions().get("x-ms-capabilities") instanceof Map<?, ?> caps
        && caps.get("testConnection") instanceof Map<?, ?> test) {
      String id = (String) test.get("operationId");
      Map<?, ?> literals = (Map<?, ?>) test.get("parameters");
      for (Operation op : model.operations()) {
        if (!op.operationId().equals(id)) {
          continue;
        }
        if (!op.method().equals("get")) {
          diagnostics.report(Message.TEST_CONNECTION_NOT_VALID, op.origin(),
              op.operationId() + " is a " + op.method().toUpperCase(java.util.Locale.ROOT));
        }
        for (Parameter p : op.parameters()) {
          boolean hasDefault = p.schema() != null && p.schema().defaultValue() != null;
          if (p.required() && !hasDefault && !literals.containsKey(p.name())) {
            diagnostics.report(Message.TEST_CONNECTION_NOT_VALID, p.origin(),
                "parameter \"" + p.name() + "\" is required; pass it as @Arg in @TestConnection");
          }
        }
      }
    }
  }
}
