package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;

/** {@code host} is a host name and optional port, no scheme or path ({@code HostNotValid}). */
final class HostRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    String host = model.info().host();
    if (!host.matches("[^{}/ :\\\\]+(:\\d+)?")) {
      String suggestion = host.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("/.*$", "");
      diagnostics.report(
          Message.HOST_NOT_VALID,
          model.origin().member("host"),
          host,
          suggestion.isEmpty() ? "api.example.com" : suggestion);
    }
  }
}
