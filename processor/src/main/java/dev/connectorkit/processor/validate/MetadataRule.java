package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorInfo;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Origin;

/**
 * The metadata certification requires (website, privacy policy, categories, support contact,
 * publisher, stack owner), and at most two categories, which the validator enforces.
 */
final class MetadataRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    ConnectorInfo info = model.info();
    var origin = model.origin();
    if (info.categories().size() > 2) {
      diagnostics.report(
          Message.TOO_MANY_CATEGORIES, origin.member("categories"), info.categories().size());
    }
    missing(info.website().isEmpty(), "a website (website = \"https://...\")", origin, diagnostics);
    missing(
        info.privacyPolicy().isEmpty(),
        "a privacy policy (privacyPolicy = \"https://...\")",
        origin,
        diagnostics);
    missing(
        info.categories().isEmpty(),
        "one or two categories (categories = ...)",
        origin,
        diagnostics);
    missing(
        info.contact().name().isEmpty()
            || info.contact().email().isEmpty() && info.contact().url().isEmpty(),
        "a support contact with a name and an e-mail or URL (contact = @Contact(...))",
        origin,
        diagnostics);
    missing(info.publisher().isEmpty(), "a publisher (publisher = \"...\")", origin, diagnostics);
    missing(
        info.stackOwner().isEmpty(), "a stack owner (stackOwner = \"...\")", origin, diagnostics);
  }

  private static void missing(
      boolean isMissing, String what, Origin origin, Diagnostics diagnostics) {
    if (isMissing) {
      diagnostics.report(Message.METADATA_MISSING, origin, what);
    }
  }
}
