package dev.connectorkit.example.tickets.model;

import dev.connectorkit.annotations.Summary;

/**
 * The custom fields of a queue, as a JSON schema.
 *
 * @param queue the queue's ID
 * @param schema the schema of the {@code customFields} of the queue's tickets
 */
public record QueueFields(
    @Summary("Queue ID") String queue, @Summary("Schema") FieldSchema schema) {}
