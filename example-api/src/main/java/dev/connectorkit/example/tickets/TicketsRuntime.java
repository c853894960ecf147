package dev.connectorkit.example.tickets;

import dev.connectorkit.example.tickets.api.JsonProvider;
import dev.connectorkit.example.tickets.store.Database;
import dev.connectorkit.example.tickets.store.JdbcSubscriptionStore;
import dev.connectorkit.example.tickets.store.JdbcTicketStore;
import dev.connectorkit.example.tickets.store.QueueCatalog;
import dev.connectorkit.example.tickets.store.SubscriptionStore;
import dev.connectorkit.example.tickets.store.TicketStore;
import dev.connectorkit.example.tickets.webhook.WebhookDispatcher;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One running instance of the service, as both the local server and the Azure Function start it:
 * the database, the stores, the webhook dispatcher and the JAX-RS application over them.
 */
public final class TicketsRuntime implements AutoCloseable {
  // Jersey warns that every resource handed over as an instance "does not implement any provider
  // interfaces" and then serves it as a resource all the same (eclipse-ee4j/jersey#3700); kept in
  // a field because java.util.logging holds loggers weakly.
  private static final Logger JERSEY_PROVIDERS =
      Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

  private final Settings settings;
  private final TicketStore tickets;
  private final SubscriptionStore subscriptions;
  private final QueueCatalog catalog = new QueueCatalog();
  private final WebhookDispatcher webhooks;

  private TicketsRuntime(Settings settings, Clock clock) {
    if (settings.apiKey() == null) {
      throw new IllegalStateException(
          "TICKETS_API_KEY is not set: set it to the key clients must send in X-API-Key.");
    }
    JERSEY_PROVIDERS.setLevel(Level.SEVERE);
    this.settings = settings;
    Database db = new Database(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
    db.migrate();
    this.tickets = new JdbcTicketStore(db, clock);
    this.subscriptions = new JdbcSubscriptionStore(db, clock);
    this.webhooks = new WebhookDispatcher(subscriptions, JsonProvider.MAPPER, settings.webhooks());
  }

  /** Starts the service's parts; fails if the settings have no API key. */
  public static TicketsRuntime start(Settings settings) {
    return new TicketsRuntime(settings, Clock.systemUTC());
  }

  /** A new JAX-RS application over this runtime. */
  public TicketsApplication application() {
    return new TicketsApplication(this);
  }

  /** The settings the runtime started with. */
  public Settings settings() {
    return settings;
  }

  /** The ticket store. */
  public TicketStore tickets() {
    return tickets;
  }

  /** The subscription store. */
  public SubscriptionStore subscriptions() {
    return subscriptions;
  }

  /** The reference data. */
  public QueueCatalog catalog() {
    return catalog;
  }

  /** The webhook dispatcher. */
  public WebhookDispatcher webhooks() {
    return webhooks;
  }

  /** Stops the webhook deliveries. */
  @Override
  public void close() {
    webhooks.close();
  }
}
