package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import java.util.HashMap;
import java.util.Map;

/** Operation ids are unique in a connector ({@code DuplicateOperationId}). */
final class DuplicateOperationIdRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    Map<String, Operation> first = new HashMap<>();
    for (Operation op : model.operations()) {
      Operation other = first.putIfAbsent(op.operationId(), op);
      if (other != null) {
        diagnostics.report(
            Message.DUPLICATE_OPERATION_ID,
            op.origin().member("operationId"),
            op.operationId(),
            Describe.method(other));
      }
    }
  }
}
