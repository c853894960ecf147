package dev.connectorkit.processor.model;

/** A response header: name, description, display title, visibility and its primitive schema. */
public record Header(
    String name, String description, String summary, String visibility, Schema schema) {}
