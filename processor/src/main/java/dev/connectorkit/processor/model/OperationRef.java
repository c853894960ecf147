package dev.connectorkit.processor.model;

/**
 * A reference to an operation inside an extension value, as written in an annotation: an
 * operationId, a method name or {@code Class#method}. The linker replaces it with the operationId.
 * Equality ignores the origin, so identical uses (of a shared parameter) compare equal.
 */
public record OperationRef(String ref, Origin origin) {

  @Override
  public boolean equals(Object o) {
    return o instanceof OperationRef r && r.ref.equals(ref);
  }

  @Override
  public int hashCode() {
    return ref.hashCode();
  }
}
