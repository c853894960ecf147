package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;

/** Paths hold no {@code ?}, {@code #}, {@code *} or {@code =} (validator path rules). */
final class PathRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (Operation op : model.operations()) {
      if (op.path().matches(".*[?#*=].*")) {
        diagnostics.report(Message.PATH_NOT_VALID, Describe.methodOrigin(op), op.path());
      }
    }
  }
}
