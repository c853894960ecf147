package dev.connectorkit.example.tickets.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class's running service, the connector definition the build wrote, and a client that
 * checks every exchange against that definition; started once before the class's tests.
 */
abstract class ServiceTest {
  static TestService service;
  static JsonNode swagger;
  static ContractClient client;

  @BeforeAll
  static void startService() {
    service = TestService.start();
    swagger = ConnectorFiles.swagger();
    client = new ContractClient(service.root(), swagger);
  }

  @AfterAll
  static void stopService() {
    service.close();
  }
}
