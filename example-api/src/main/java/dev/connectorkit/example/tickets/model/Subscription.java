package dev.connectorkit.example.tickets.model;

import java.time.OffsetDateTime;

/**
 * A registered webhook.
 *
 * @param id the subscription's ID
 * @param callbackUrl the URL events are POSTed to
 * @param queue the queue whose new tickets are sent, absent for all queues
 * @param created when the subscription was made
 */
public record Subscription(String id, String callbackUrl, String queue, OffsetDateTime created) {}
