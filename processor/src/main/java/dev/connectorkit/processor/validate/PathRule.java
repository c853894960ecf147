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
      if (hasAny(op.path(), "?#*=")) {
        diagnostics.report(Message.PATH_NOT_VALID, Describe.methodOrigin(op), op.path());
      }
    }
  }

  private static boolean hasAny(String path, String chars) {
    for (int i = 0; i < path.length(); i++) {
      if (chars.indexOf(path.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
