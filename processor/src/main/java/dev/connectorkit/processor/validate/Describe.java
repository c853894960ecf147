package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.model.Operation;
import javax.lang.model.element.Element;

/** Short human names of model nodes for messages, e.g. {@code TicketResource.get()}. */
final class Describe {
  private Describe() {}

  /** {@code Class.method()} of the operation's Java method. */
  static String method(Operation op) {
    Element m = op.origin().element();
    return m.getEnclosingElement().getSimpleName() + "." + m.getSimpleName() + "()";
  }
}
