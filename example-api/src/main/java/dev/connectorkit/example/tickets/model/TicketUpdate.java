package dev.connectorkit.example.tickets.model;

import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.Summary;
import jakarta.validation.constraints.Size;

/**
 * The changes to make to a ticket; fields left out stay as they are.
 *
 * @param title a new title
 * @param status a new status
 * @param priority a new priority
 * @param assignee the e-mail address of the new assignee, an agent of the ticket's queue
 */
public record TicketUpdate(
    @Summary("Title") @Size(min = 1, max = 200) String title,
    @Summary("Status") TicketStatus status,
    @Summary("Priority") Priority priority,
    @Summary("Assignee")
        @DynamicValues(
            operation = "ListAssignees",
            collection = "value",
            valuePath = "email",
            titlePath = "name")
        String assignee) {}
