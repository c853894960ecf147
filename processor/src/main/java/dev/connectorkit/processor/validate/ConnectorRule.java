package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.model.ConnectorModel;

/** One validation rule over a connector model; it reports what it finds and returns. */
public interface ConnectorRule {

  /** Checks the model and reports every problem found. */
  void check(ConnectorModel model, Diagnostics diagnostics);
}
