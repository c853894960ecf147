package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;

/** {@code basePath} starts with '/' ({@code BasePathNotValid}). */
final class BasePathRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    String basePath = model.info().basePath();
    if (basePath != null && !basePath.startsWith("/")) {
      diagnostics.report(
          Message.BASE_PATH_NOT_VALID, model.origin().member("basePath"), basePath, basePath);
    }
  }
}
