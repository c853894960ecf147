package dev.connectorkit.example.tickets.model;

import dev.connectorkit.annotations.Advanced;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicSchema;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.Important;
import dev.connectorkit.annotations.Summary;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * What it takes to open a ticket; the queue is in the path.
 *
 * @param title a one-line summary of the problem
 * @param description the full description of the problem
 * @param priority how urgent the ticket is, normal if left out
 * @param assignee the e-mail address of an agent of the queue to assign the ticket to
 * @param tags free labels to attach
 * @param customFields values for the queue's custom fields, as text
 */
public record NewTicket(
    @Important @Summary("Title") @NotBlank @Size(max = 200) String title,
    @Summary("Description") @Size(max = 10000) String description,
    @Summary("Priority") Priority priority,
    @Summary("Assignee")
        @DynamicValues(
            operation = "ListAssignees",
            parameters = @Arg(name = "queue", parameter = "queue"),
            collection = "value",
            valuePath = "email",
            titlePath = "name")
        String assignee,
    @Advanced @Summary("Tags") @Size(max = 20) List<String> tags,
    @Summary("Custom fields")
        @DynamicSchema(
            operation = "GetQueueFields",
            parameters = @Arg(name = "queue", parameter = "queue"),
            valuePath = "schema")
        Map<String, String> customFields) {}
