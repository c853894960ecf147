package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One operation per path and method; paths that differ only in variable names or letter case count
 * as the same ({@code DuplicateOperationPath}).
 */
final class DuplicateOperationPathRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    Map<String, Operation> first = new HashMap<>();
    for (Operation op : model.operations()) {
      String key = op.method() + " " + withoutVariableNames(op.path()).toLowerCase(Locale.ROOT);
      Operation other = first.putIfAbsent(key, op);
      if (other != null) {
        diagnostics.report(
            Message.DUPLICATE_OPERATION_PATH,
            Describe.methodOrigin(op),
            op.method().toUpperCase(Locale.ROOT),
            op.path(),
            Describe.method(other));
      }
    }
  }

  /** The path with each {@code {name}} made {@code {}}; by hand, as it runs for every operation. */
  static String withoutVariableNames(String path) {
    StringBuilder out = new StringBuilder(path.length());
    int i = 0;
    while (i < path.length()) {
      int close = path.charAt(i) == '{' ? path.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(path.charAt(i++));
      } else {
        out.append("{}");
        i = close + 1;
      }
    }
    return out.toString();
  }
}
