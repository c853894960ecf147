package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;

/** The connector id is the output folder name: letters, digits, '.', '-', '_'. */
final class ConnectorIdRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    String id = model.info().id();
    if (!id.matches("[A-Za-z0-9._-]+") || id.matches("\\.+")) {
      String suggestion = id.replaceAll("[^A-Za-z0-9._-]", "");
      diagnostics.report(
          Message.CONNECTOR_ID_NOT_VALID,
          model.origin().member("id"),
          id,
          suggestion.isEmpty() ? "MyConnector" : suggestion);
    }
  }
}
