package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;

/**
 * {@code iconBrandColor} is a {@code #RRGGBB} colour; certification refuses the default {@code
 * #007ee5} and white, and independent publishers must use {@code #da3b01}.
 */
final class BrandColorRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    String color = model.info().brandColor();
    var at = model.origin().member("brandColor");
    if (!color.matches("#[0-9a-fA-F]{6}")) {
      diagnostics.report(Message.BRAND_COLOR_NOT_VALID, at, color);
    } else if (model.info().independentPublisher() && !color.equalsIgnoreCase("#da3b01")) {
      diagnostics.report(
          Message.BRAND_COLOR_NOT_ALLOWED,
          at,
          "Independent-publisher connectors must use brandColor = \"#da3b01\".");
    } else if (!model.info().independentPublisher()
        && (color.equalsIgnoreCase("#007ee5") || color.equalsIgnoreCase("#ffffff"))) {
      diagnostics.report(
          Message.BRAND_COLOR_NOT_ALLOWED,
          at,
          "brandColor "
              + color
              + " is the default or white, which certification refuses; use your brand's colour.");
    }
  }
}
