package dev.connectorkit.example.tickets.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Azure Function, called in-process the way the Functions host calls it: the same JAX-RS
 * application answers, with URLs on the function app's host.
 */
class TicketsFunctionTest {
  private static final String HOST = "https://contoso-tickets.azurewebsites.net";
  private static final String KEY = "function-key-" + UUID.randomUUID();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ExecutionContext CONTEXT =
      new ExecutionContext() {
        @Override
        public Logger getLogger() {
          return Logger.getLogger("function-test");
        }

        @Override
        public String getInvocationId() {
          return UUID.randomUUID().toString();
        }

        @Override
        public String getFunctionName() {
          return "tickets";
        }
      };

  private final TicketsFunction function = new TicketsFunction();

  @BeforeAll
  static void configure() {
    // App settings reach a Java function as environment variables; system properties stand in.
    System.setProperty("TICKETS_API_KEY", KEY);
    System.setProperty(
        "TICKETS_JDBC_URL", "jdbc:h2:mem:function-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @AfterAll
  static void forget() {
    System.clearProperty("TICKETS_API_KEY");
    System.clearProperty("TICKETS_JDBC_URL");
  }

  @Test
  void answersWithTheApplication() throws Exception {
    FakeRequest.Response status =
        call(new FakeRequest(HttpMethod.GET, HOST + "/api/status", null).header("X-API-Key", KEY));
    assertEquals(200, status.getStatusCode());
    assertEquals("application/json", status.getHeader("Content-Type"));
    assertEquals("ok", JSON.readTree(status.text()).get("status").asText());
  }

  @Test
  void refusesRequestsWithoutTheKey() throws Exception {
    FakeRequest.Response r = call(new FakeRequest(HttpMethod.GET, HOST + "/api/tickets", null));
    assertEquals(401, r.getStatusCode());
    assertEquals("unauthorized", JSON.readTree(r.text()).get("error").asText());
  }

  @Test
  void createsReadsAndPagesWithUrlsOnTheFunctionHost() throws Exception {
    String body = "{\"title\":\"Laptop will not boot\",\"customFields\":{\"assetTag\":\"L-9\"}}";
    FakeRequest.Response created =
        call(
            new FakeRequest(
                    HttpMethod.POST,
                    HOST + "/api/queues/it/tickets",
                    body.getBytes(StandardCharsets.UTF_8))
                .header("X-API-Key", KEY)
                .header("Content-Type", "application/json"));
    assertEquals(201, created.getStatusCode(), created.text());
    JsonNode ticket = JSON.readTree(created.text());
    String location = created.getHeader("Location");
    assertEquals(HOST + "/api/tickets/" + ticket.get("id").asText(), location);

    FakeRequest.Response read =
        call(new FakeRequest(HttpMethod.GET, location, null).header("X-API-Key", KEY));
    assertEquals(ticket, JSON.readTree(read.text()));

    call(
        new FakeRequest(
                HttpMethod.POST,
                HOST + "/api/queues/it/tickets",
                body.getBytes(StandardCharsets.UTF_8))
            .header("X-API-Key", KEY)
            .header("Content-Type", "application/json"));
    JsonNode page =
        JSON.readTree(
            call(new FakeRequest(HttpMethod.GET, HOST + "/api/tickets?top=1&queue=it", null)
                    .header("X-API-Key", KEY))
                .text());
    assertTrue(page.get("nextLink").asText().startsWith(HOST + "/api/tickets?"), page.toString());
  }

  @Test
  void uploadsAFileAsMultipartFormData() throws Exception {
    String body = "{\"title\":\"Scanner\"}";
    String id =
        JSON.readTree(
                call(new FakeRequest(
                            HttpMethod.POST,
                            HOST + "/api/queues/it/tickets",
                            body.getBytes(StandardCharsets.UTF_8))
                        .header("X-API-Key", KEY)
                        .header("Content-Type", "application/json"))
                    .text())
            .get("id")
            .asText();
    String form =
        "--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nscanned\r\n--b0--\r\n";
    FakeRequest.Response added =
        call(
            new FakeRequest(
                    HttpMethod.POST,
                    HOST + "/api/tickets/" + id + "/attachments",
                    form.getBytes(StandardCharsets.UTF_8))
                .header("X-API-Key", KEY)
                .header("Content-Type", "multipart/form-data; boundary=b0"));
    assertEquals(201, added.getStatusCode(), added.text());
    FakeRequest.Response content =
        call(
            new FakeRequest(HttpMethod.GET, added.getHeader("Location"), null)
                .header("X-API-Key", KEY));
    assertEquals("scanned", content.text());
  }

  @Test
  void pollsWithAbsoluteLocations() {
    FakeRequest.Response r =
        call(
            new FakeRequest(HttpMethod.GET, HOST + "/api/tickets/updates", null)
                .header("X-API-Key", KEY));
    assertEquals(202, r.getStatusCode());
    assertTrue(r.getHeader("Location").startsWith(HOST + "/api/tickets/updates?since="));
    assertTrue(Integer.parseInt(r.getHeader("Retry-After")) > 0);
  }

  private FakeRequest.Response call(FakeRequest request) {
    HttpResponseMessage r = function.run(request, CONTEXT);
    return (FakeRequest.Response) r;
  }
}
