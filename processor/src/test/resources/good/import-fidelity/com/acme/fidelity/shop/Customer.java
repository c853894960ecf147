package com.acme.fidelity.shop;

import dev.connectorkit.annotations.Example;
import dev.connectorkit.annotations.NotificationUrl;
import java.util.List;

/**
 * A customer, whose phones are plain strings with their own title.
 *
 * @param name the customer's name
 * @param phones the customer's phones
 * @param hook where changes to the customer are sent
 * @param meta what the shop keeps about the customer
 */
@Example(json = "{\"name\": \"Ada Lovelace\"}")
public record Customer(@Example("Ada Lovelace") String name, List<Phone> phones, Hook hook,
    Meta meta) {

  /**
   * A callback, nested in the body.
   *
   * @param url the callback URL
   */
  public record Hook(@NotificationUrl String url) {}
}
