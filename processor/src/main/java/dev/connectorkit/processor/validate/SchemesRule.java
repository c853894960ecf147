package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;

/** Schemes are "https" or "http", and there is at least one ({@code SchemeNotValid}). */
final class SchemesRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (String scheme : model.info().schemes()) {
      if (!scheme.equals("https") && !scheme.equals("http")) {
        diagnostics.report(
            Message.SCHEME_NOT_VALID, model.origin().memberItem("schemes", scheme::equals), scheme);
      }
    }
    if (model.info().schemes().isEmpty()) {
      diagnostics.report(Message.SCHEME_NOT_VALID, model.origin().member("schemes"), "");
    }
  }
}
