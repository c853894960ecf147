package dev.connectorkit.example.tickets;

import dev.connectorkit.example.tickets.webhook.WebhookDispatcher;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The service's settings, each read from a system property or else an environment variable (the
 * Azure Functions app settings): {@code TICKETS_API_KEY}, {@code TICKETS_JDBC_URL}, {@code
 * TICKETS_JDBC_USER}, {@code TICKETS_JDBC_PASSWORD}, {@code TICKETS_RETRY_AFTER_SECONDS}, {@code
 * TICKETS_WEBHOOK_ATTEMPTS}, {@code TICKETS_WEBHOOK_FIRST_DELAY_MS} and, for a local run, {@code
 * PORT}.
 *
 * @param apiKey the key every request must carry
 * @param jdbcUrl the database's JDBC URL
 * @param jdbcUser the database user, or null
 * @param jdbcPassword the database password, or null
 * @param retryAfterSeconds how long pollers wait between polls
 * @param webhooks how webhook events are delivered
 * @param port the port of a local run
 */
public record Settings(
    String apiKey,
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    int retryAfterSeconds,
    WebhookDispatcher.Policy webhooks,
    int port) {

  /** The API key of a local run when none is set; printed at start-up, never used in Azure. */
  public static final String LOCAL_DEVELOPMENT_KEY = "local-dev-key";

  /** An in-memory H2 database that lives as long as the process. */
  public static final String DEFAULT_JDBC_URL = "jdbc:h2:mem:tickets;DB_CLOSE_DELAY=-1";

  /** The settings from system properties and the environment; null where the key is unset. */
  public static Settings fromEnvironment() {
    Map<String, String> env = System.getenv();
    return from(
        name -> {
          String property = System.getProperty(name);
          return property != null ? property : env.get(name);
        });
  }

  /** The settings from a lookup of the names above. */
  public static Settings from(UnaryOperator<String> lookup) {
    String port = lookup.apply("port") != null ? lookup.apply("port") : lookup.apply("PORT");
    return new Settings(
        blankToNull(lookup.apply("TICKETS_API_KEY")),
        orDefault(lookup.apply("TICKETS_JDBC_URL"), DEFAULT_JDBC_URL),
        blankToNull(lookup.apply("TICKETS_JDBC_USER")),
        blankToNull(lookup.apply("TICKETS_JDBC_PASSWORD")),
        number(lookup.apply("TICKETS_RETRY_AFTER_SECONDS"), 60, "TICKETS_RETRY_AFTER_SECONDS"),
        new WebhookDispatcher.Policy(
            number(lookup.apply("TICKETS_WEBHOOK_ATTEMPTS"), 5, "TICKETS_WEBHOOK_ATTEMPTS"),
            Duration.ofMillis(
                number(
                    lookup.apply("TICKETS_WEBHOOK_FIRST_DELAY_MS"),
                    1000,
                    "TICKETS_WEBHOOK_FIRST_DELAY_MS")),
            Duration.ofSeconds(10)),
        number(port, 7071, "PORT"));
  }

  /** These settings with another API key. */
  public Settings withApiKey(String key) {
    return new Settings(key, jdbcUrl, jdbcUser, jdbcPassword, retryAfterSeconds, webhooks, port);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String orDefault(String value, String fallback) {
    String v = blankToNull(value);
    return v == null ? fallback : v;
  }

  private static int number(String value, int fallback, String name) {
    String v = blankToNull(value);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number >= 0, not " + v, e);
    }
  }
}
