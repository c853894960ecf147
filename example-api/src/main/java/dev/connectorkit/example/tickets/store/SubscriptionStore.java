package dev.connectorkit.example.tickets.store;

import dev.connectorkit.example.tickets.model.Subscription;
import java.util.List;
import java.util.Optional;

/** Where webhook subscriptions live; implementations are safe for concurrent use. */
public interface SubscriptionStore {

  /** Registers a callback URL, for one queue or (null) all. */
  Subscription add(String callbackUrl, String queue);

  /** One subscription. */
  Optional<Subscription> find(String id);

  /** Removes a subscription; false if there was none. */
  boolean delete(String id);

  /** The subscriptions that want to hear about new tickets of the queue. */
  List<Subscription> forQueue(String queue);
}
