package dev.connectorkit.example.tickets.functions;

import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A plain {@link HttpRequestMessage}, as the Functions host would hand one to the function. */
final class FakeRequest implements HttpRequestMessage<Optional<byte[]>> {
  private final HttpMethod method;
  private final URI uri;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final byte[] body;

  FakeRequest(HttpMethod method, String url, byte[] body) {
    this.method = method;
    this.uri = URI.create(url);
    this.body = body;
  }

  FakeRequest header(String name, String value) {
    headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
    return this;
  }

  @Override
  public URI getUri() {
    return uri;
  }

  @Override
  public HttpMethod getHttpMethod() {
    return method;
  }

  @Override
  public Map<String, String> getHeaders() {
    return headers;
  }

  @Override
  public Map<String, String> getQueryParameters() {
    Map<String, String> out = new LinkedHashMap<>();
    if (uri.getQuery() != null) {
      for (String pair : uri.getQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        out.put(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    return out;
  }

  @Override
  public Optional<byte[]> getBody() {
    return Optional.ofNullable(body);
  }

  @Override
  public HttpResponseMessage.Builder createResponseBuilder(HttpStatus status) {
    return new Response.Builder().status(status);
  }

  @Override
  public HttpResponseMessage.Builder createResponseBuilder(HttpStatusType status) {
    return new Response.Builder().status(status);
  }

  /** A plain {@link HttpResponseMessage}. */
  static final class Response implements HttpResponseMessage {
    private final HttpStatusType status;
    private final Map<String, String> headers;
    private final Object body;

    private Response(HttpStatusType status, Map<String, String> headers, Object body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    @Override
    public HttpStatusType getStatus() {
      return status;
    }

    @Override
    public String getHeader(String name) {
      return headers.get(name);
    }

    @Override
    public Object getBody() {
      return body;
    }

    /** The body as text. */
    String text() {
      return body instanceof byte[] b
          ? new String(b, java.nio.charset.StandardCharsets.UTF_8)
          : String.valueOf(body);
    }

    /** A plain builder. */
    static final class Builder implements HttpResponseMessage.Builder {
      private HttpStatusType status;
      private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      private Object body;

      @Override
      public Builder status(HttpStatusType status) {
        this.status = status;
        return this;
      }

      @Override
      public Builder header(String name, String value) {
        headers.put(name, value);
        return this;
      }

      @Override
      public Builder body(Object body) {
        this.body = body;
        return this;
      }

      @Override
      public HttpResponseMessage build() {
        return new Response(status, headers, body);
      }
    }
  }
}
