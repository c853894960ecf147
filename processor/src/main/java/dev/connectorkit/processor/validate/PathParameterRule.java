package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.ParameterLocation;
import java.util.ArrayList;
import java.util.List;

/** Every path variable has a {@code @PathParam}, and every {@code @PathParam} a variable. */
final class PathParameterRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    for (Operation op : model.operations()) {
      List<String> variables = op.pathVariables();
      List<String> params = new ArrayList<>();
      for (Parameter p : op.parameters()) {
        if (p.location() == ParameterLocation.PATH) {
          params.add(p.name());
          if (!variables.contains(p.name())) {
            diagnostics.report(
                Message.PATH_PARAM_NOT_IN_PATH, p.origin(), p.name(), op.path(), p.name());
          }
        }
      }
      for (String v : variables) {
        if (!params.contains(v)) {
          diagnostics.report(
              Message.PATH_VARIABLE_WITHOUT_PARAM,
              Describe.methodOrigin(op),
              v,
              Describe.method(op),
              v);
        }
      }
    }
  }
}
