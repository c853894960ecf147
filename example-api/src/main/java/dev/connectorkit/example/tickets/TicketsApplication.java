package dev.connectorkit.example.tickets;

import dev.connectorkit.annotations.Category;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Contact;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The Contoso Tickets service and, through {@code @Connector}, its Power Platform connector. */
@Connector(
    title = "Contoso Tickets",
    description = "Create, find, update and track help-desk tickets in Contoso Tickets.",
    version = "1.0",
    host = "contoso-tickets.azurewebsites.net",
    brandColor = "#3b7a57",
    publisher = "Contoso",
    stackOwner = "Contoso",
    contact =
        @Contact(
            name = "Contoso Support",
            url = "https://contoso.com/support",
            email = "support@contoso.com"),
    website = "https://contoso.com",
    privacyPolicy = "https://contoso.com/privacy",
    categories = {Category.PRODUCTIVITY, Category.IT_OPERATIONS})
@ApplicationPath("/api")
public class TicketsApplication extends Application {

  private final TicketStore store;

  /** An application over an in-memory store. */
  public TicketsApplication() {
    this(new InMemoryTicketStore());
  }

  /** An application over the given store. */
  public TicketsApplication(TicketStore store) {
    this.store = store;
  }

  // Deprecated in JAX-RS 3.1 for CDI, but the one portable way to hand resources their store
  // without a dependency-injection container.
  @SuppressWarnings("deprecation")
  @Override
  public Set<Object> getSingletons() {
    return Set.of(new TicketResource(store), new QueueResource(store));
  }
}
