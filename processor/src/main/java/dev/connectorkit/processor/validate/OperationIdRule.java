package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;

/** Operation ids are letters, digits and '_' ({@code OperationIdSanitized}), and PascalCase. */
final class OperationIdRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (Operation op : model.operations()) {
      String id = op.operationId();
      String sanitized = sanitized(id);
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

  /** The id with only its letters A–Z and a–z, digits and '_'; by hand, as it runs for every id. */
  private static String sanitized(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
