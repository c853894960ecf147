package dev.connectorkit.processor.model;

/** A response header: name, description, display title and its (primitive) schema. */
public record Header(String name, String description, String summary, Schema schema) {}
