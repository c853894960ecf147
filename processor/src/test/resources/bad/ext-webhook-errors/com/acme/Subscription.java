package com.acme;

import dev.connectorkit.annotations.NotificationUrl;

/**
 * A subscription.
 *
 * @param callbackUrl where events go
 */
public record Subscription(@NotificationUrl String callbackUrl) {}
