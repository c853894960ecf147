package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import java.util.regex.Pattern;

/** Paths hold no {@code ?}, {@code #}, {@code *} or {@code =} (validator path rules). */
final class PathRule implements ConnectorRule {
  /** Compiled once: the rule runs for every operation. */
  private static final Pattern NOT_VALID = Pattern.compile(".*[?#*=].*");

  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (Operation op : model.operations()) {
      if (NOT_VALID.matcher(op.path()).matches()) {
        diagnostics.report(Message.PATH_NOT_VALID, Describe.methodOrigin(op), op.path());
      }
    }
  }
}
