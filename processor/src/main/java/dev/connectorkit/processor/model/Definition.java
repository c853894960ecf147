package dev.connectorkit.processor.model;

/**
 * A named model type: its final name in {@code definitions}, its schema and the type it came from.
 */
public record Definition(String name, Schema schema, Origin origin) {}
