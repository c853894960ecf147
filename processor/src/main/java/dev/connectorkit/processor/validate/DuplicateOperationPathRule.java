package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One operation per path and method; paths that differ only in variable names or letter case count
 * as the same ({@code DuplicateOperationPath}).
 */
final class DuplicateOperationPathRule implements ConnectorRule {
  private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");

  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    Map<String, Operation> first = new HashMap<>();
    for (Operation op : model.operations()) {
      String key =
          op.method() + " " + VARIABLE.matcher(op.path()).replaceAll("{}").toLowerCase(Locale.ROOT);
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
}
