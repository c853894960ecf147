package dev.connectorkit.example.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads the connector that the real processor wrote while compiling this module, from the class
 * path, and checks it against the official Swagger 2.0 schema.
 */
class ConnectorDefinitionTest {
  private static final String DIR = "/META-INF/connectors/ContosoTickets/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode read(String name) throws IOException {
    try (InputStream in = ConnectorDefinitionTest.class.getResourceAsStream(DIR + name)) {
      assertNotNull(in, DIR + name + " is not on the class path");
      return MAPPER.readTree(in);
    }
  }

  @Test
  void swaggerIsValidSwagger20() throws IOException {
    JsonNode schema =
        MAPPER.readTree(
            Files.readAllBytes(
                Paths.get(
                    System.getProperty("swagger.schema", "target/swagger-schema/schema.json"))));
    List<Error> errors =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
            .getSchema(schema)
            .validate(read("apiDefinition.swagger.json"));
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void swaggerDescribesTheResources() throws IOException {
    JsonNode swagger = read("apiDefinition.swagger.json");
    assertEquals("Contoso Tickets", swagger.at("/info/title").asText());
    assertEquals("/api", swagger.at("/basePath").asText());
    assertEquals(
        "CreateTicket", swagger.at("/paths/~1queues~1{queue}~1tickets/post/operationId").asText());
    assertEquals(
        "#/definitions/Ticket",
        swagger.at("/paths/~1queues~1{queue}~1tickets/post/responses/201/schema/$ref").asText());
    assertEquals("internal", swagger.at("/paths/~1queues/get/x-ms-visibility").asText());
  }

  @Test
  void apiPropertiesCarryTheBrand() throws IOException {
    JsonNode props = read("apiProperties.json");
    assertEquals("#3b7a57", props.at("/properties/iconBrandColor").asText());
    assertEquals("Contoso", props.at("/properties/publisher").asText());
  }
}
