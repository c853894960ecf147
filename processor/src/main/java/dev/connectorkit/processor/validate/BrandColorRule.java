package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;

/** {@code iconBrandColor} is a {@code #RRGGBB} colour. */
final class BrandColorRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    String color = model.info().brandColor();
    if (!color.matches("#[0-9a-fA-F]{6}")) {
      diagnostics.report(Message.BRAND_COLOR_NOT_VALID, model.origin().member("brandColor"), color);
    }
  }
}
