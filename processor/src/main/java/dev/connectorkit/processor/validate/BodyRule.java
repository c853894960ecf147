package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.ParameterLocation;
import java.util.List;
import java.util.Locale;

/**
 * At most one body; none on GET or HEAD, and a warning on DELETE (HTTP gives it no meaning, yet
 * some certified connectors use one); never a body and form parameters together.
 */
final class BodyRule implements ConnectorRule {
  private static final List<String> NO_BODY = List.of("get", "head");

  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (Operation op : model.operations()) {
      Parameter firstBody = null;
      for (Parameter p : op.parameters()) {
        if (p.location() != ParameterLocation.BODY) {
          continue;
        }
        if (firstBody != null) {
          diagnostics.report(
              Message.MULTIPLE_BODIES, p.origin(), p.origin().element().getSimpleName());
          continue;
        }
        firstBody = p;
        if (op.method().equals("delete")) {
          diagnostics.report(Message.BODY_ON_DELETE, p.origin());
        } else if (NO_BODY.contains(op.method())) {
          diagnostics.report(
              Message.BODY_NOT_ALLOWED, p.origin(), op.method().toUpperCase(Locale.ROOT));
        }
      }
      boolean form = op.hasForm();
      if (form && NO_BODY.contains(op.method())) {
        Parameter p =
            op.parameters().stream()
                .filter(x -> x.location() == ParameterLocation.FORM_DATA)
                .findFirst()
                .orElseThrow();
        diagnostics.report(
            Message.BODY_NOT_ALLOWED, p.origin(), op.method().toUpperCase(Locale.ROOT));
      }
      if (firstBody != null && form) {
        diagnostics.report(Message.BODY_AND_FORM, firstBody.origin());
      }
    }
  }
}
