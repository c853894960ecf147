package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Response;

/**
 * Responses Power Platform can use: at least one 2xx, no schema on {@code default}, one 2xx body
 * for the designer.
 */
final class ResponsesRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (Operation op : model.operations()) {
      int success = 0;
      int successBodies = 0;
      for (Response r : op.responses()) {
        if (r.status().startsWith("2")) {
          success++;
          successBodies += r.schema() != null ? 1 : 0;
          if (r.schema() != null && successBodies == 2) {
            diagnostics.report(Message.MANY_SUCCESS_SCHEMAS, r.origin(), Describe.method(op));
          }
        }
        if (r.status().equals("default") && r.schema() != null) {
          diagnostics.report(
              Message.DEFAULT_RESPONSE_SCHEMA, r.origin().member("type"), Describe.method(op));
        }
      }
      if (success == 0) {
        diagnostics.report(
            Message.NO_SUCCESS_RESPONSE, Describe.methodOrigin(op), Describe.method(op));
      }
    }
  }
}
