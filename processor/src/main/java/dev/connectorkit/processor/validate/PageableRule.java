package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.SourcedMap;
import java.util.List;

/** {@code x-ms-pageable} names {@code nextLink} or {@code @odata.nextLink} (validator rule). */
final class PageableRule implements ConnectorRule {
  private static final List<String> NAMES = List.of("nextLink", "@odata.nextLink");

  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (Operation op : model.operations()) {
      if (op.extensions().get("x-ms-pageable") instanceof SourcedMap p
          && !NAMES.contains(p.get("nextLinkName"))) {
        diagnostics.report(
            Message.NEXT_LINK_NAME_NOT_VALID,
            p.origin("nextLinkName", op.origin()),
            p.get("nextLinkName"));
      }
    }
  }
}
