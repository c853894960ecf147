package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import java.util.regex.Pattern;

/** Operation ids are letters, digits and '_' ({@code OperationIdSanitized}), and PascalCase. */
final class OperationIdRule implements ConnectorRule {
  private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9_]");

  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (Operation op : model.operations()) {
      String id = op.operationId();
      String sanitized = NOT_ALLOWED.matcher(id).replaceAll("");
      if (!id.equals(sanitized) || id.isEmpty()) {
        diagnostics.report(
            Message.OPERATION_ID_NOT_VALID,
            op.origin().member("operationId"),
            id,
            sanitized.isEmpty() ? "GetItems" : sanitized);
      } else if (!Character.isUpperCase(id.charAt(0))) {
        diagnostics.report(
            Message.OPERATION_ID_CASE,
            op.origin().member("operationId"),
            id,
            Character.toUpperCase(id.charAt(0)) + id.substring(1));
      }
    }
  }
}
