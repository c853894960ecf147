package dev.connectorkit.processor.model;

/**
 * A reference to an operation inside an extension value, as written in an annotation: an
 * operationId, a method name or {@code Class#method}. The linker replaces it with the operationId.
 * Equality ignores the origin, so identical uses (of a shared parameter) compare equal.
 */
public record OperationRef(String ref, Origin origin) {

  /**
   * References are equal when they name the same operation: where they were written does not
   * matter, so that two uses of one shared parameter with a dynamic call are the same.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof OperationRef other && ref.equals(other.ref);
  }

  @Override
  public int hashCode() {
    return ref.hashCode();
  }
}
