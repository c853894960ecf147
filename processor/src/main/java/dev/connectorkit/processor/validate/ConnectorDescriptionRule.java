package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;

/** Certification's connector description: 30 to 500 characters, no product names. */
final class ConnectorDescriptionRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    String d = model.info().description();
    var at = model.origin().member("description");
    if (d.length() < 30 || d.length() > 500) {
      diagnostics.report(
          Message.DESCRIPTION_NOT_VALID, at, "must have 30 to 500 characters, not " + d.length());
    }
    String product = ProductNames.findIn(d);
    if (product != null) {
      diagnostics.report(
          Message.DESCRIPTION_NOT_VALID,
          at,
          "must not name a Power Platform product (\"" + product + "\")");
    }
  }
}
