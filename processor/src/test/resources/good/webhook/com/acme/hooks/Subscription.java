package com.acme.hooks;

import dev.connectorkit.annotations.NotificationUrl;
import dev.connectorkit.annotations.Summary;

/**
 * A webhook subscription.
 *
 * @param callbackUrl where events are sent
 * @param queue the queue to watch
 */
public record Subscription(@NotificationUrl String callbackUrl, @Summary("Queue") String queue) {}
