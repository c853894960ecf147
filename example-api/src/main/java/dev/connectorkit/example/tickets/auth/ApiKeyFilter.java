package dev.connectorkit.example.tickets.auth;

import dev.connectorkit.example.tickets.api.Problems;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a request in only with the service's API key in the {@value #HEADER} header; any other
 * request, to any path, gets 401 with a {@code Problem} body and no data.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class ApiKeyFilter implements ContainerRequestFilter {
  /** The header that carries the key, as {@code @ApiKeyAuth} on the application declares it. */
  public static final String HEADER = "X-API-Key";

  private final byte[] key;

  /** A filter accepting one key. */
  public ApiKeyFilter(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("The API key must not be empty");
    }
    this.key = key.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String given = request.getHeaderString(HEADER);
    // Compared in constant time so that response timing does not reveal the key.
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), key)) {
      request.abortWith(
          Problems.response(
              401,
              "unauthorized",
              given == null
                  ? "The " + HEADER + " header is missing."
                  : "The " + HEADER + " header does not hold a valid API key."));
    }
  }
}
