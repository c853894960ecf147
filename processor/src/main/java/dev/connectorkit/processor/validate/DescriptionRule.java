package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Origin;

/**
 * Certification wants every operation described in full sentences that say more than the summary.
 */
final class DescriptionRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (Operation op : model.operations()) {
      String d = op.description();
      if (d == null || d.isBlank()) {
        diagnostics.report(
            Message.DESCRIPTION_MISSING, Describe.methodOrigin(op), Describe.method(op));
        continue;
      }
      // At the description written in @Action or @Trigger, else at the method its Javadoc is on.
      Origin at = op.origin().member("description");
      at = at.value() != null ? at : Describe.methodOrigin(op);
      String text = d.strip();
      if (".!?".indexOf(text.charAt(text.length() - 1)) < 0) {
        diagnostics.report(
            Message.DESCRIPTION_NOT_SENTENCE,
            at,
            op.operationId(),
            "should be a full sentence ending in '.', '!' or '?'");
      }
      if (d.strip().equalsIgnoreCase(op.summary())) {
        diagnostics.report(
            Message.DESCRIPTION_NOT_SENTENCE,
            at,
            op.operationId(),
            "should say more than its summary");
      }
    }
  }
}
