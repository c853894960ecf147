package dev.connectorkit.example.tickets;

import dev.connectorkit.annotations.Advanced;
import dev.connectorkit.annotations.Important;
import dev.connectorkit.annotations.Summary;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What it takes to open a ticket.
 *
 * @param title a one-line summary of the problem
 * @param description the full description of the problem
 * @param queue the queue to put the ticket in
 * @param priority how urgent the ticket is
 * @param tags free labels to attach
 */
public record NewTicket(
    @Important @Summary("Title") @NotBlank @Size(max = 200) String title,
    @Summary("Description") @Size(max = 10000) String description,
    @Important @Summary("Queue") @NotBlank String queue,
    @Summary("Priority") Priority priority,
    @Advanced @Summary("Tags") List<String> tags) {}
