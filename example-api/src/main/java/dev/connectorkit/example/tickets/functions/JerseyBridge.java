package dev.connectorkit.example.tickets.functions;

import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Hands an Azure Functions HTTP request to a JAX-RS application in the same process, through
 * Jersey's {@link ApplicationHandler}, and turns the JAX-RS response into the function's response.
 */
public final class JerseyBridge {
  /** The Functions host's default route prefix, which is also the connector's base path. */
  public static final String ROUTE_PREFIX = "/api/";

  private final ApplicationHandler handler;

  /** A bridge to an application. */
  public JerseyBridge(Application application) {
    this.handler = new ApplicationHandler(ResourceConfig.forApplication(application));
  }

  /** Runs one request through the application. */
  public HttpResponseMessage handle(HttpRequestMessage<Optional<byte[]>> request) {
    URI uri = withQuery(request.getUri(), request.getQueryParameters());
    URI base = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + ROUTE_PREFIX);
    ContainerRequest in =
        new ContainerRequest(
            base,
            uri,
            request.getHttpMethod().name(),
            security(uri),
            new MapPropertiesDelegate(),
            handler.getConfiguration());
    request.getHeaders().forEach(in::header);
    in.setEntityStream(new ByteArrayInputStream(request.getBody().orElse(new byte[0])));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    ContainerResponse out;
    try {
      out = handler.apply(in, body).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while handling " + uri, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Failed to handle " + uri, e.getCause());
    }
    HttpResponseMessage.Builder response =
        request.createResponseBuilder(HttpStatusType.custom(out.getStatus()));
    for (Map.Entry<String, List<String>> h : out.getStringHeaders().entrySet()) {
      response.header(h.getKey(), String.join(", ", h.getValue()));
    }
    if (body.size() > 0) {
      response.body(body.toByteArray());
    }
    return response.build();
  }

  /** The URL with its query string; some hosts pass the query only as parameters. */
  private static URI withQuery(URI uri, Map<String, String> query) {
    if (uri.getRawQuery() != null || query == null || query.isEmpty()) {
      return uri;
    }
    String q =
        query.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return URI.create(uri.toString() + "?" + q);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static SecurityContext security(URI uri) {
    boolean secure = "https".equalsIgnoreCase(uri.getScheme());
    return new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return null;
      }

      @Override
      public boolean isUserInRole(String role) {
        return false;
      }

      @Override
      public boolean isSecure() {
        return secure;
      }

      @Override
      public String getAuthenticationScheme() {
        return null;
      }
    };
  }
}
