package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.ParameterLocation;
import java.nio.charset.StandardCharsets;

/**
 * Parameter rules of the validator: an internal required parameter has a default, no parameter is
 * named {@code connectionId}, form parameter names are US-ASCII.
 */
final class ParameterRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (Operation op : model.operations()) {
      for (Parameter p : op.parameters()) {
        boolean hasDefault = p.schema() != null && p.schema().defaultValue() != null;
        if ("internal".equals(p.visibility())
            && p.required()
            && !hasDefault
            && p.location() != ParameterLocation.BODY) {
          diagnostics.report(Message.INTERNAL_REQUIRED_WITHOUT_DEFAULT, p.origin(), p.name());
        }
        if (p.name().equalsIgnoreCase("connectionId")) {
          diagnostics.report(Message.PARAMETER_NAME_RESERVED, p.origin());
        }
        if (p.location() == ParameterLocation.FORM_DATA
            && !StandardCharsets.US_ASCII.newEncoder().canEncode(p.name())) {
          diagnostics.report(Message.FORM_NAME_NOT_ASCII, p.origin(), p.name());
        }
      }
    }
  }
}
