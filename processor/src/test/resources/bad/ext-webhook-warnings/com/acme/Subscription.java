package com.acme;

import dev.connectorkit.annotations.NotificationUrl;

/**
 * A subscription whose callback URL sits in a nested object.
 *
 * @param queue the queue to watch
 * @param target where events go
 */
public record Subscription(String queue, Target target) {

  /**
   * Where events go.
   *
   * @param url the callback URL
   */
  public record Target(@NotificationUrl String url) {}
}
