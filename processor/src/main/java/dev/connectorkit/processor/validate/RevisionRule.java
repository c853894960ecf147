package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.SourcedMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Operation revisions ({@code x-ms-api-annotation}): revisions at least 1 and unique in a family, a
 * replacement only on deprecated operations and naming both API and operation, at most two live
 * operations per family.
 */
final class RevisionRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    Map<String, Operation> byFamilyRevision = new HashMap<>();
    Map<String, Integer> live = new HashMap<>();
    for (Operation op : model.operations()) {
      if (!(op.extensions().get("x-ms-api-annotation") instanceof SourcedMap a)) {
        continue;
      }
      String family = String.valueOf(a.get("family"));
      int revision = ((Number) a.get("revision")).intValue();
      if (revision < 1) {
        diagnostics.report(
            Message.REVISION_NOT_VALID,
            a.origin("revision", op.origin()),
            "Revision " + revision + " of " + op.operationId() + " must be 1 or more.");
      }
      Operation other = byFamilyRevision.putIfAbsent(family + "#" + revision, op);
      if (other != null) {
        diagnostics.report(
            Message.REVISION_NOT_VALID,
            a.origin("revision", op.origin()),
            op.operationId()
                + " has revision "
                + revision
                + " of family "
                + family
                + ", as "
                + other.operationId()
                + " does; give each operation of a family its own"
                + " revision.");
      }
      if (a.get("replacement") instanceof Map<?, ?> replacement) {
        if (!op.deprecated()) {
          diagnostics.report(
              Message.REVISION_NOT_VALID,
              a.origin("replacement", op.origin()),
              op.operationId()
                  + " names a replacement but is not deprecated; add @Deprecated"
                  + " or remove the replacement.");
        }
        if ("".equals(replacement.get("api")) || "".equals(replacement.get("operationId"))) {
          diagnostics.report(
              Message.REVISION_NOT_VALID,
              a.origin("replacement", op.origin()),
              "The replacement of "
                  + op.operationId()
                  + " needs both replacementApi and"
                  + " replacementOperation.");
        }
      }
      if (!op.deprecated() && live.merge(family, 1, Integer::sum) == 3) {
        diagnostics.report(
            Message.REVISION_NOT_VALID,
            a.origin("family", op.origin()),
            "Family "
                + family
                + " has more than two operations that are not deprecated; deprecate the"
                + " older ones.");
      }
    }
  }
}
