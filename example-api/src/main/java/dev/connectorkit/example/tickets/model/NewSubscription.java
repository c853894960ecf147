package dev.connectorkit.example.tickets.model;

import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.NotificationUrl;
import dev.connectorkit.annotations.Summary;
import jakarta.validation.constraints.NotBlank;

/**
 * A request to be told about new tickets.
 *
 * @param callbackUrl the URL the service POSTs each new ticket to
 * @param queue only tickets of this queue; all queues if left out
 */
public record NewSubscription(
    @NotificationUrl @NotBlank String callbackUrl,
    @Summary("Queue") @DynamicValues(operation = "ListQueues", valuePath = "id", titlePath = "name")
        String queue) {}
