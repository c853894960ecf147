package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;

/**
 * Certification's title rules: at most 30 characters, no "API" or "Connector", no product names, no
 * trailing punctuation; an independent publisher's ends with "(Independent Publisher)".
 */
final class TitleRule implements ConnectorRule {
  private static final String IP = " (Independent Publisher)";

  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    String title = model.info().title();
    var at = model.origin().member("title");
    String name = title;
    if (model.info().independentPublisher()) {
      if (!title.endsWith(IP)) {
        diagnostics.report(
            Message.TITLE_NOT_VALID,
            at,
            title,
            "must end with \"" + IP.strip() + "\" for an independent publisher");
      } else {
        name = title.substring(0, title.length() - IP.length());
      }
    }
    if (name.length() > 30) {
      diagnostics.report(
          Message.TITLE_NOT_VALID,
          at,
          title,
          "is longer than 30 characters (" + name.length() + "); shorten it");
    }
    if (name.matches("(?i).*\\b(api|connector)\\b.*")) {
      diagnostics.report(
          Message.TITLE_NOT_VALID,
          at,
          title,
          "must not contain the words \"API\" or \"Connector\"");
    }
    String product = ProductNames.findIn(name);
    if (product != null) {
      diagnostics.report(
          Message.TITLE_NOT_VALID,
          at,
          title,
          "must not name a Power Platform product (\"" + product + "\")");
    }
    if (!name.isEmpty() && !Character.isLetterOrDigit(name.charAt(name.length() - 1))) {
      diagnostics.report(Message.TITLE_NOT_VALID, at, title, "must end with a letter or digit");
    }
  }
}
