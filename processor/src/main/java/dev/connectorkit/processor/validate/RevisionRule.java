package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import java.util.HashMap;
import java.util.Map;

/**
 * Operation revisions ({@code x-ms-api-annotation}): revisions at least 1 and unique in a family,
 * a replacement only on deprecated operations, at most two live operations per family.
 */
final class RevisionRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    Map<String, Operation> byFamilyRevision = new HashMap<>();
    Map<String, Integer> live = new HashMap<>();
    for (Operation op : model.operations()) {
      if (!(op.extensions().get("x-ms-api-annotation") instanceof Map<?, ?> a)) {
        continue;
      }
      String family = String.valueOf(a.get("family"));
      int revision = ((Number) a.get("revision")).intValue();
      if (revision < 1) {
        diagnostics.report(Message.REVISION_NOT_VALID, op.origin(),
            "Revision " + revision + " of " + op.operationId() + " must be 1 or more.");
      }
      Operation other = byFamilyRevision.putIfAbsent(family + "#" + revision, op);
      if (other != null) {
        diagnostics.report(Message.REVISION_NOT_VALID, op.origin(), "Revision " + revision
            + " of family " + family + " is also " + other.operationId() + "; give each its own.");
      }
      if (a.containsKey("replacement") && !op.deprecated()) {
        diagnostics.report(Message.REVISION_NOT_VALID, op.origin(), op.operationId()
            + " names a replacement but is not deprecated; add @Deprecated or drop it.");
      }
      if (!op.deprecated() && live.merge(family, 1, Integer::sum) == 3) {
        diagnostics.report(Message.REVISION_NOT_VALID, op.origin(), "Family " + family
            + " has more than two operations that are not deprecated; deprecate the old ones.");
      }
    }
  }
}
