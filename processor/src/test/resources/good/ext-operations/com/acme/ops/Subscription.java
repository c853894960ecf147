package com.acme.ops;

import dev.connectorkit.annotations.NotificationUrl;

/**
 * A webhook subscription.
 *
 * @param callbackUrl where events are sent
 */
public record Subscription(@NotificationUrl String callbackUrl) {}
