package dev.connectorkit.processor.model;

/**
 * A reference to an operation inside an extension value, as written in an annotation: an
 * operationId, a method name or {@code Class#method}. The linker replaces it with the operationId.
 */
public record OperationRef(String ref, Origin origin) {}
