package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Every use of a shared parameter or response is identical, so one global entry serves all. */
final class SharedDefinitionRule implements ConnectorRule {
  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    Map<String, Parameter> params = new HashMap<>();
    Map<String, Response> responses = new HashMap<>();
    for (Operation op : model.operations()) {
      for (Parameter p : op.parameters()) {
        if (p.shared() == null) {
          continue;
        }
        Parameter first = params.putIfAbsent(p.shared(), p);
        if (first != null && !same(first, p)) {
          diagnostics.report(
              Message.SHARED_MISMATCH, p.origin(), "parameter", p.shared(), "parameter");
        }
      }
      for (Response r : op.responses()) {
        if (r.shared() == null) {
          continue;
        }
        Response first = responses.putIfAbsent(r.shared(), r);
        if (first != null && !first.sameAs(r)) {
          diagnostics.report(
              Message.SHARED_MISMATCH,
              r.origin().member("shared"),
              "response",
              r.shared(),
              "response");
        }
      }
    }
  }

  private static boolean same(Parameter a, Parameter b) {
    return a.name().equals(b.name())
        && a.location() == b.location()
        && a.required() == b.required()
        && Objects.equals(a.description(), b.description())
        && Objects.equals(a.summary(), b.summary())
        && Objects.equals(a.visibility(), b.visibility())
        && a.encoded() == b.encoded()
        && Objects.equals(a.collectionFormat(), b.collectionFormat())
        && Objects.equals(a.schema(), b.schema())
        && a.omitted().equals(b.omitted());
  }
}
