package dev.connectorkit.example.tickets.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.connectorkit.annotations.Summary;
import java.util.List;

/**
 * One custom field in a {@link FieldSchema}: a string, optionally limited to a list or a pattern.
 *
 * @param type always {@code string}: custom field values are text
 * @param description what the field holds
 * @param allowed the values the field accepts, absent for any
 * @param pattern a regular expression values must match, absent for any
 * @param title the field's display title
 */
public record FieldProperty(
    @Summary("Type") String type,
    @Summary("Description") String description,
    @Summary("Allowed values") @JsonProperty("enum") List<String> allowed,
    @Summary("Pattern") String pattern,
    @Summary("Title") @JsonProperty("x-ms-summary") String title) {}
