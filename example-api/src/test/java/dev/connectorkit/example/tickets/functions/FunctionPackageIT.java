package dev.connectorkit.example.tickets.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The function app {@code mvn package} writes for the Functions host: one anonymous catch-all HTTP
 * function bound to {@link TicketsFunction#run}, the host settings, the jar with the connector
 * files, and the libraries beside it.
 */
class FunctionPackageIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path app = Path.of(System.getProperty("function.app.dir"));

  @Test
  void functionJsonBindsTheCatchAllHttpTrigger() throws IOException {
    JsonNode function = JSON.readTree(app.resolve("tickets/function.json").toFile());
    assertEquals("../" + System.getProperty("project.jar"), function.get("scriptFile").asText());
    assertEquals(TicketsFunction.class.getName() + ".run", function.get("entryPoint").asText());
    JsonNode trigger = binding(function, "httpTrigger");
    assertEquals("in", trigger.get("direction").asText());
    assertEquals("{*path}", trigger.get("route").asText());
    assertEquals("ANONYMOUS", trigger.get("authLevel").asText().toUpperCase());
    assertEquals("binary", trigger.get("dataType").asText());
    Set<String> methods = new HashSet<>();
    trigger.get("methods").forEach(m -> methods.add(m.asText().toUpperCase()));
    assertEquals(Set.of("GET", "POST", "PUT", "PATCH", "DELETE"), methods);
    assertEquals("out", binding(function, "http").get("direction").asText());
  }

  @Test
  void hostJsonKeepsTheApiRoutePrefix() throws IOException {
    JsonNode host = JSON.readTree(app.resolve("host.json").toFile());
    assertEquals("2.0", host.get("version").asText());
    assertEquals("api", host.at("/extensions/http/routePrefix").asText());
  }

  @Test
  void theJarCarriesTheConnectorAndTheLibrariesAreBesideIt() throws IOException {
    try (JarFile jar = new JarFile(app.resolve(System.getProperty("project.jar")).toFile())) {
      assertNotNull(jar.getEntry("META-INF/connectors/ContosoTickets/apiDefinition.swagger.json"));
      assertNotNull(jar.getEntry("META-INF/connectors/ContosoTickets/apiProperties.json"));
      assertNotNull(jar.getEntry("db/schema.sql"));
    }
    try (var libs = Files.list(app.resolve("lib"))) {
      Set<String> names = new HashSet<>();
      libs.forEach(p -> names.add(p.getFileName().toString()));
      for (String lib :
          new String[] {
            "jersey-server-",
            "jersey-hk2-",
            "jersey-media-multipart-",
            "jersey-media-json-jackson-",
            "h2-"
          }) {
        assertTrue(names.stream().anyMatch(n -> n.startsWith(lib)), lib + " is not in lib/");
      }
    }
  }

  private static JsonNode binding(JsonNode function, String type) {
    for (JsonNode b : function.get("bindings")) {
      if (b.get("type").asText().equals(type)) {
        return b;
      }
    }
    throw new AssertionError("function.json has no " + type + " binding: " + function);
  }
}
