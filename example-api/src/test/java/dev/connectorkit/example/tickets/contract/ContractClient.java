package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorkit.example.tickets.contract.ConnectorFiles.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls the running service the way the connector describes it: each request is built from an
 * operation of the generated definition and checked against it before it is sent, and each response
 * (status, declared headers, body) is checked against the definition with
 * swagger-request-validator. Records which operations were exercised.
 */
public final class ContractClient {
  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
  // Parsing and converting the definition takes seconds; every test class shares the result.
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS =
      new ConcurrentHashMap<>();

  private final URI root;
  private final JsonNode swagger;
  private final String basePath;
  private final OpenApiInteractionValidator validator;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Set<String> exercised = ConcurrentHashMap.newKeySet();

  /** A client of the service at {@code root} that checks against the definition. */
  public ContractClient(URI root, JsonNode swagger) {
    this.root = root;
    this.swagger = swagger;
    this.basePath = swagger.path("basePath").asText("/").replaceAll("/$", "");
    this.validator =
        VALIDATORS.computeIfAbsent(
            swagger.toString(),
            spec -> OpenApiInteractionValidator.createForInlineApiSpecification(spec).build());
  }

  /** The operations whose responses have been checked. */
  public Set<String> exercised() {
    return exercised;
  }

  /** Sends a call and checks request and response against the definition. */
  public Exchange send(Call call) {
    Operation op = ConnectorFiles.operation(swagger, call.operationId);
    URI uri = call.url != null ? fromService(op, call.url) : build(op, call);
    byte[] body = null;
    String contentType = null;
    if (call.json != null) {
      assertFalse(ConnectorFiles.parameters(op, "body").isEmpty(), op.id() + " takes no body");
      body = call.json.toString().getBytes(StandardCharsets.UTF_8);
      contentType = "application/json";
    } else if (!call.files.isEmpty()) {
      String boundary = "ck-" + UUID.randomUUID();
      body = FormData.encode(call, boundary);
      contentType = "multipart/form-data; boundary=" + boundary;
    }
    checkRequest(op, call, uri, body, contentType, FormData.problems(op, call));
    Exchange exchange = exchange(op, uri, call.key, contentType, body);
    checkResponse(op, uri.getRawPath(), exchange);
    exercised.add(op.id());
    return exchange;
  }

  /** Sends a call's path, query, key and JSON body as they are, checking nothing: for 401s. */
  public Exchange sendUnchecked(Call call) {
    Operation op = ConnectorFiles.operation(swagger, call.operationId);
    URI uri = call.url != null ? fromService(op, call.url) : build(op, call);
    byte[] body = call.json == null ? null : call.json.toString().getBytes(StandardCharsets.UTF_8);
    return exchange(op, uri, call.key, body == null ? null : "application/json", body);
  }

  private Exchange exchange(Operation op, URI uri, String key, String contentType, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    if (key != null) {
      request.header("X-API-Key", key);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        op.method().toUpperCase(Locale.ROOT),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Exchange(op.id(), r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new AssertionError(op.id() + ": the service did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(op.id() + ": interrupted", e);
    }
  }

  private URI build(Operation op, Call call) {
    Matcher m = TEMPLATE.matcher(op.path());
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String value = call.path.get(m.group(1));
      if (value == null) {
        fail(op.id() + " needs path parameter " + m.group(1));
      }
      m.appendReplacement(path, Matcher.quoteReplacement(encode(value).replace("+", "%20")));
    }
    m.appendTail(path);
    for (String name : call.path.keySet()) {
      assertTrue(op.path().contains("{" + name + "}"), op.id() + " has no path parameter " + name);
    }
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, List<String>> q : call.query.entrySet()) {
      boolean declared =
          ConnectorFiles.parameters(op, "query").stream()
              .anyMatch(p -> p.path("name").asText().equals(q.getKey()));
      assertTrue(
          declared || call.violatesDefinition, op.id() + " has no query parameter " + q.getKey());
      for (String v : q.getValue()) {
        query
            .append(query.length() == 0 ? "?" : "&")
            .append(encode(q.getKey()))
            .append('=')
            .append(encode(v));
      }
    }
    return root.resolve(basePath + path + query);
  }

  /** A URL the service handed out must point back at it, at this operation's path. */
  private URI fromService(Operation op, String url) {
    URI uri = URI.create(url);
    assertEquals(root.getRawAuthority(), uri.getRawAuthority(), url + " leaves the service");
    String regex = Pattern.quote(basePath) + op.path().replaceAll("\\{[^}]+}", "[^/]+");
    assertTrue(uri.getRawPath().matches(regex), url + " is not a URL of " + op.id());
    return uri;
  }

  private void checkRequest(
      Operation op,
      Call call,
      URI uri,
      byte[] body,
      String contentType,
      List<String> formProblems) {
    SimpleRequest.Builder r =
        new SimpleRequest.Builder(op.method().toUpperCase(Locale.ROOT), uri.getRawPath());
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        r.withQueryParam(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
      }
    }
    if (call.key != null) {
      r.withHeader("X-API-Key", call.key);
    }
    if (contentType != null) {
      r.withContentType(contentType);
      r.withBody(body);
    }
    ValidationReport report = validator.validateRequest(r.build());
    boolean broken = report.hasErrors() || !formProblems.isEmpty();
    if (call.violatesDefinition) {
      assertTrue(
          broken,
          op.id() + ": the definition allows a request the test meant to break" + " it: " + uri);
    } else if (broken) {
      fail(
          op.id()
              + ": the request does not fit the definition:\n"
              + format(report)
              + String.join("\n", formProblems));
    }
  }

  private void checkResponse(Operation op, String path, Exchange e) {
    SimpleResponse.Builder r = new SimpleResponse.Builder(e.status());
    e.headers().map().forEach((name, values) -> r.withHeader(name, values));
    String type = e.header("Content-Type").orElse("");
    if (e.body().length > 0) {
      if (type.contains("json")) {
        r.withBody(e.text());
      } else {
        r.withBody(e.body());
      }
    }
    Request.Method method = Request.Method.valueOf(op.method().toUpperCase(Locale.ROOT));
    ValidationReport report = validator.validateResponse(path, method, r.build());
    if (report.hasErrors()) {
      fail(
          op.id()
              + " answered "
              + e.status()
              + " in a way the definition does not describe:\n"
              + format(report)
              + "\nBody: "
              + e.text());
    }
    JsonNode declared = op.node().path("responses").path(Integer.toString(e.status()));
    for (Iterator<String> names = declared.path("headers").fieldNames(); names.hasNext(); ) {
      String name = names.next();
      assertTrue(
          e.header(name).isPresent(),
          op.id() + " answered " + e.status() + " without its declared header " + name);
    }
  }

  private static String format(ValidationReport report) {
    StringBuilder sb = new StringBuilder();
    report
        .getMessages()
        .forEach(
            m ->
                sb.append("  ")
                    .append(m.getLevel())
                    .append(' ')
                    .append(m.getKey())
                    .append(": ")
                    .append(m.getMessage())
                    .append('\n'));
    return sb.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
