package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import java.util.regex.Pattern;

/**
 * Certification wants every operation described in full sentences that say more than the
 * summary.
 */
final class DescriptionRule implements ConnectorRule {
  private static final Pattern SENTENCE = Pattern.compile("(?s).*[.!?]$");

  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (Operation op : model.operations()) {
      String d = op.description();
      if (d == null || d.isBlank()) {
        diagnostics.report(Message.DESCRIPTION_MISSING, op.origin(), Describe.method(op));
        continue;
      }
      if (!SENTENCE.matcher(d.strip()).matches()) {
        diagnostics.report(Message.DESCRIPTION_NOT_SENTENCE, op.origin().member("description"),
            op.operationId(), "should be a full sentence ending in '.', '!' or '?'");
      }
      if (d.strip().equalsIgnoreCase(op.summary())) {
        diagnostics.report(Message.DESCRIPTION_NOT_SENTENCE, op.origin().member("description"),
            op.operationId(), "should say more than its summary");
      }
    }
  }
}
