package com.acme;

import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicList;

/**
 * A ticket to create.
 *
 * @param title the title
 * @param queue the queue
 */
public record NewTicket(
    String title,
    @DynamicList(operation = "ListQueues",
        parameters = @Arg(name = "kind", parameter = "ticket/kind")) String queue) {}
