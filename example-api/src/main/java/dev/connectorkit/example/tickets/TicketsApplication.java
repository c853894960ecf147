package dev.connectorkit.example.tickets;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.Category;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Contact;
import dev.connectorkit.example.tickets.api.AssigneeResource;
import dev.connectorkit.example.tickets.api.AttachmentResource;
import dev.connectorkit.example.tickets.api.ErrorMappers;
import dev.connectorkit.example.tickets.api.JsonProvider;
import dev.connectorkit.example.tickets.api.QueueResource;
import dev.connectorkit.example.tickets.api.StatusResource;
import dev.connectorkit.example.tickets.api.SubscriptionResource;
import dev.connectorkit.example.tickets.api.TicketResource;
import dev.connectorkit.example.tickets.api.TicketUpdatesResource;
import dev.connectorkit.example.tickets.auth.ApiKeyFilter;
import dev.connectorkit.example.tickets.polling.UpdateFeed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;

/** The Contoso Tickets service and, through {@code @Connector}, its Power Platform connector. */
@Connector(
    title = "Contoso Tickets",
    description = "Create, find, update and track help-desk tickets in Contoso Tickets.",
    version = "1.0",
    host = "contoso-tickets.azurewebsites.net",
    basePath = "/api",
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
@ApiKeyAuth(
    name = ApiKeyFilter.HEADER,
    displayName = "API key",
    description = "The API key of your Contoso Tickets service (its TICKETS_API_KEY setting).")
@ApplicationPath("/api")
public class TicketsApplication extends Application {
  private final TicketsRuntime runtime;

  /** The application over a running instance's stores. */
  public TicketsApplication(TicketsRuntime runtime) {
    this.runtime = runtime;
  }

  // Deprecated in JAX-RS 3.1 for CDI, but the one portable way to hand resources their stores
  // without a dependency-injection container.
  @SuppressWarnings("deprecation")
  @Override
  public Set<Object> getSingletons() {
    return Set.of(
        new TicketResource(runtime.tickets(), runtime.catalog()),
        new QueueResource(runtime.tickets(), runtime.catalog(), runtime.webhooks()),
        new AssigneeResource(runtime.catalog()),
        new AttachmentResource(runtime.tickets()),
        new SubscriptionResource(runtime.subscriptions(), runtime.catalog()),
        new TicketUpdatesResource(
            new UpdateFeed(runtime.tickets()), runtime.settings().retryAfterSeconds()),
        new StatusResource(),
        new ApiKeyFilter(runtime.settings().apiKey()),
        new JsonProvider(),
        new ErrorMappers.WebErrors(),
        new ErrorMappers.JsonErrors(),
        new ErrorMappers.UnexpectedErrors(),
        JacksonFeature.withoutExceptionMappers(),
        new MultiPartFeature());
  }

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.wadl.disableWadl", true,
        // Every provider is listed above; nothing joins from the class path.
        "jersey.config.disableAutoDiscovery", true);
  }
}
