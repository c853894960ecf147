package com.acme;

/**
 * A subscription without a callback URL.
 *
 * @param queue the queue to watch
 */
public record PlainSubscription(String queue) {}
