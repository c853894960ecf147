package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Parameter;

/**
 * Summaries of operations and parameters: under 120 characters (validator), at most 80, no '/', no
 * trailing punctuation or space (certification).
 */
final class SummaryRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (Operation op : model.operations()) {
      check(op.summary(), op.origin().member("summary"), diagnostics);
      for (Parameter p : op.parameters()) {
        if (p.summary() != null) {
          check(p.summary(), p.origin(), diagnostics);
        }
      }
    }
  }

  private static void check(String summary, Origin at, Diagnostics diagnostics) {
    if (summary == null || summary.isEmpty()) {
      return;
    }
    if (summary.length() >= 120) {
      diagnostics.report(Message.SUMMARY_TOO_LONG, at, summary, summary.length());
    } else if (summary.length() > 80) {
      diagnostics.report(
          Message.SUMMARY_NOT_VALID,
          at,
          summary,
          "is longer than 80 characters (" + summary.length() + "); shorten it");
    }
    if (summary.contains("/")) {
      diagnostics.report(Message.SUMMARY_NOT_VALID, at, summary, "must not contain '/'");
    }
    char last = summary.charAt(summary.length() - 1);
    if (!Character.isLetterOrDigit(last) && last != ')') {
      diagnostics.report(
          Message.SUMMARY_NOT_VALID, at, summary, "must not end with punctuation or a space");
    }
  }
}
