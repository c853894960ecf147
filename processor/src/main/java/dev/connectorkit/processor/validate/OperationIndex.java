package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.OperationRef;
import java.util.HashMap;
import java.util.Map;

/**
 * A connector's operations by id, so that resolving every reference costs one lookup each, not a
 * scan of all operations (which made the rules quadratic in the number of operations).
 */
final class OperationIndex {
  private final Map<String, String> links;
  private final Map<String, Operation> byId = new HashMap<>();

  OperationIndex(ConnectorModel model) {
    this.links = model.operationLinks();
    for (Operation op : model.operations()) {
      // The first operation with an id wins, as duplicates are reported by their own rule.
      byId.putIfAbsent(op.operationId(), op);
    }
  }

  /** The operation a reference names, or null if it names none. */
  Operation resolve(OperationRef ref) {
    String id = links.get(ref.ref());
    return id == null ? null : byId.get(id);
  }
}
