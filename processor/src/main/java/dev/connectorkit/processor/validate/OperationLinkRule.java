package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.ParameterRef;
import java.util.Locale;
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
        boolean webhook =
            target != null && target.triggerFacts() != null && target.triggerFacts().isWebhook();
        if (target != null && !webhook) {
          diagnostics.report(
              Message.NOTIFICATION_TARGET_NOT_WEBHOOK, ref.origin(), target.operationId());
        }
      }
    }
    if (model.rootExtensions().get("x-ms-capabilities") instanceof Map<?, ?> caps
        && caps.get("testConnection") instanceof Map<?, ?> test
        && test.get("operationId") instanceof OperationRef ref) {
      testConnection(
          index.resolve(ref), ref.origin(), (Map<?, ?>) test.get("parameters"), diagnostics);
    }
  }

  private static void testConnection(
      Operation op, Origin at, Map<?, ?> literals, Diagnostics diagnostics) {
    if (!op.method().equals("get")) {
      diagnostics.report(
          Message.TEST_CONNECTION_NOT_VALID,
          at,
          op.operationId()
              + " is a "
              + op.method().toUpperCase(Locale.ROOT)
              + "; mark a GET operation instead");
    }
    for (Map.Entry<?, ?> e : literals.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> m && m.get("parameter") instanceof ParameterRef r) {
        diagnostics.report(
            Message.TEST_CONNECTION_NOT_VALID,
            r.origin(),
            "\""
                + e.getKey()
                + "\" refers to a parameter, but a new connection has no values yet; pass a literal"
                + " with value = \"...\" or json = \"...\"");
      }
    }
    for (Parameter p : op.parameters()) {
      boolean hasDefault = p.schema() != null && p.schema().defaultValue() != null;
      if (p.required() && !hasDefault && !literals.containsKey(p.name())) {
        diagnostics.report(
            Message.TEST_CONNECTION_NOT_VALID,
            at,
            "parameter \""
                + p.name()
                + "\" is required; pass it with @Arg(name = \""
                + p.name()
                + "\", value = \"...\")");
      }
    }
  }
}
