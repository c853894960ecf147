package dev.connectorkit.example.tickets.model;

import dev.connectorkit.annotations.Summary;
import java.util.List;
import java.util.Map;

/**
 * A JSON schema of type object describing a queue's custom fields, in the form Power Platform reads
 * dynamic schemas.
 *
 * @param type always {@code object}
 * @param properties the custom fields by name
 * @param required the names of the fields a ticket of the queue must set, absent if none
 */
public record FieldSchema(
    @Summary("Type") String type,
    @Summary("Fields") Map<String, FieldProperty> properties,
    @Summary("Required fields") List<String> required) {}
