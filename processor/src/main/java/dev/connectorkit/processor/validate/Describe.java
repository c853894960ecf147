package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Origin;
import javax.lang.model.element.Element;

/** Short names and positions of model nodes for messages, e.g. {@code TicketResource.get()}. */
final class Describe {
  private Describe() {}

  /** {@code Class.method()} of the operation's Java method. */
  static String method(Operation op) {
    Element m = op.origin().element();
    return m.getEnclosingElement().getSimpleName() + "." + m.getSimpleName() + "()";
  }

  /**
   * The operation's Java method itself: where a problem of the whole path or method is reported,
   * rather than at its {@code @Action} or {@code @Trigger}, which is not what is wrong.
   */
  static Origin methodOrigin(Operation op) {
    return Origin.of(op.origin().element());
  }
}
