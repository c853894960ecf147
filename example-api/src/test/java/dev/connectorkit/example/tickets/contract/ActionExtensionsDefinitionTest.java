package dev.connectorkit.example.tickets.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The connection test and paging, as the connector must describe them for Power Platform to use
 * them. Needs the processor's {@code @TestConnection} and {@code @Pageable} support.
 */
class ActionExtensionsDefinitionTest {

  @Test
  void testConnectionCallsTheStatusOperation() {
    JsonNode swagger = ConnectorFiles.swagger();
    assertEquals(
        "TestConnection",
        swagger.at("/x-ms-capabilities/testConnection/operationId").asText(),
        "/x-ms-capabilities/testConnection/operationId");
    assertEquals("get", ConnectorFiles.operation(swagger, "TestConnection").method());
  }

  @Test
  void listTicketsIsPageableThroughTheConnector() {
    assertEquals(
        "nextLink",
        ConnectorFiles.swagger().at("/paths/~1tickets/get/x-ms-pageable/nextLinkName").asText(),
        "/paths/~1tickets/get/x-ms-pageable/nextLinkName");
    boolean policy = false;
    for (JsonNode p : ConnectorFiles.apiProperties().at("/properties/policyTemplateInstances")) {
      policy |=
          p.path("templateId").asText().equals("updatenextlink")
              && p.at("/parameters/x-ms-apimTemplate-operationName")
                  .toString()
                  .contains("\"ListTickets\"")
              && p.at("/parameters/x-ms-apimTemplateParameter.nextLinkPropertyName")
                  .asText()
                  .equals("nextLink");
    }
    assertTrue(policy, "apiProperties.json has no updatenextlink policy for ListTickets");
  }
}
