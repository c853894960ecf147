package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;

/** A connector without operations is almost surely a mis-placed {@code @Connector}. */
final class NoOperationsRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    if (!model.operations().isEmpty()) {
      return;
    }
    Element e = model.origin().element();
    while (e != null && !(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    String pkg = e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
    diagnostics.report(
        Message.NO_OPERATIONS,
        model.origin(),
        model.info().title(),
        pkg.isEmpty() ? "(unnamed)" : pkg);
  }
}
