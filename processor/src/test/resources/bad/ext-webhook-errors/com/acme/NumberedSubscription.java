package com.acme;

import dev.connectorkit.annotations.NotificationUrl;

/**
 * A subscription whose callback is a number.
 *
 * @param callbackPort the port events go to
 */
public record NumberedSubscription(@NotificationUrl int callbackPort) {}
