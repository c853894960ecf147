package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorkit.example.tickets.auth.ApiKeyFilter;
import dev.connectorkit.example.tickets.contract.ConnectorFiles.Operation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The connector asks for the API key the service checks, in the header the service reads, on every
 * operation. Needs the processor's {@code @ApiKeyAuth} support.
 */
class ApiKeyDefinitionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void securityDefinitionNamesTheServicesHeader() {
    JsonNode swagger = ConnectorFiles.swagger();
    assertEquals(
        JSON.valueToTree(Map.of("type", "apiKey", "in", "header", "name", ApiKeyFilter.HEADER)),
        swagger.at("/securityDefinitions/api_key"),
        "/securityDefinitions/api_key");
    boolean global = swagger.path("security").toString().contains("{\"api_key\":[]}");
    for (Operation op : ConnectorFiles.operations(swagger)) {
      boolean own = op.node().path("security").toString().contains("{\"api_key\":[]}");
      boolean opted = op.node().has("security");
      assertTrue(own || (global && !opted), op.id() + " is not covered by api_key security");
    }
  }

  @Test
  void connectionAsksForTheKey() {
    JsonNode key = ConnectorFiles.apiProperties().at("/properties/connectionParameters/api_key");
    assertEquals(
        "securestring", key.path("type").asText(), "/properties/connectionParameters/api_key/type");
    assertEquals("API key", key.at("/uiDefinition/displayName").asText());
    assertEquals(
        "The API key of your Contoso Tickets service (its TICKETS_API_KEY setting).",
        key.at("/uiDefinition/description").asText());
    assertEquals("true", key.at("/uiDefinition/constraints/required").asText());
  }
}
