package dev.connectorkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.connectorkit.processor.DiagnosticsTest.Case;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One negative test per diagnostic of the Power Platform extensions: compiles a case under {@code
 * bad/ext-*}, pins the message id, the file and the line it is reported on, and counts the
 * diagnostics so that nothing else is reported.
 */
class ExtensionDiagnosticsTest {
  private static final String CONNECTOR = "com/acme/AcmeConnector.java";
  private static final String RESOURCE = "com/acme/TicketResource.java";
  private static final Set<String> ACME_TICKETS =
      Set.of("AcmeTickets/apiDefinition.swagger.json", "AcmeTickets/apiProperties.json");

  @Test
  void invalidJson() {
    Case c = Case.compile("ext-invalid-json");
    c.error("InvalidJson", RESOURCE, "json = \"{top\"");
    c.error("InvalidJson", RESOURCE, "json = \"[oops\"");
    c.error("InvalidJson", CONNECTOR, "json = \"'x'\"");
    assertThat(c.compilation).hadErrorCount(3);
    assertEquals(Set.of(), c.written());
  }

  @Test
  void extensionNameNotValid() {
    Case c = Case.compile("ext-extension-name");
    c.error("ExtensionNameNotValid", CONNECTOR, "name = \"generator\"");
    c.error("ExtensionNameNotValid", RESOURCE, "name = \"audit\"");
    assertThat(c.compilation).hadErrorCount(2);
  }

  @Test
  void unknownOperation() {
    Case c = Case.compile("ext-unknown-operation");
    c.error("UnknownOperation", RESOURCE, "operation = \"ListNothing\"");
    // Neither an operation, a capability nor a built-in operation.
    c.error("UnknownOperation", RESOURCE, "@DynamicValues(valuePath = \"id\")");
    assertThat(c.compilation).hadErrorCount(2);
  }

  @Test
  void ambiguousOperation() {
    Case c = Case.compile("ext-ambiguous-operation");
    c.error("AmbiguousOperation", RESOURCE, "operation = \"list\"");
    assertThat(c.compilation).hadErrorContaining("names several operations (ListQueue, ListUser)");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void multipleAuth() {
    Case c = Case.compile("ext-multiple-auth");
    c.error("MultipleAuth", "com/acme/a/AConnector.java", "@BasicAuth");
    // An authentication beside a choice of authentications belongs in the choice too.
    c.error("MultipleAuth", "com/acme/b/BConnector.java", "@ApiKeyAuth(");
    assertThat(c.compilation).hadErrorCount(2);
  }

  @Test
  void secretInSource() {
    Case c = Case.compile("ext-secret-in-source");
    c.error("SecretInSource", "com/acme/a/AConnector.java", "value = \"hunter2-but-longer\"");
    c.error("SecretInSource", "com/acme/b/BConnector.java", "clientId = \"Xy78Q~");
    c.error("SecretInSource", "com/acme/c/CConnector.java", "value = \"sk9Live");
    assertThat(c.compilation).hadErrorCount(3);
    assertEquals(Set.of(), c.written());
  }

  @Test
  void clientIdMissingIsAWarning() {
    Case c = Case.compile("ext-client-id-missing");
    assertThat(c.compilation).succeeded();
    c.warning("ClientIdMissing", CONNECTOR, "@OAuth2(");
    assertThat(c.compilation).hadWarningCount(1);
    assertEquals(ACME_TICKETS, c.written());
  }

  @Test
  void connectionParameterSetWithTwoAuthentications() {
    Case c = Case.compile("ext-connection-set");
    c.error("ConnectionParameterSetNotValid", CONNECTOR, "name = \"both\"");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void unknownPolicyTemplate() {
    Case c = Case.compile("ext-unknown-policy-template");
    c.error("UnknownPolicyTemplate", CONNECTOR, "template = \"setheaders\"");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void policyParameterMissing() {
    Case c = Case.compile("ext-policy-parameter-missing");
    c.error("PolicyParameterMissing", CONNECTOR, "parameters = @PolicyParameter(name = \"name\"");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void webhookErrors() {
    Case c = Case.compile("ext-webhook-errors");
    String hooks = "com/acme/HookResource.java";
    c.error(
        "WebhookOperationsMissingNotificationUrlProperty",
        hooks,
        "payloadDescription = \"A plain event.\"");
    c.error("NotificationUrlNotString", "com/acme/NumberedSubscription.java", "int callbackPort");
    c.error("UnsubscribeNotDelete", hooks, "unsubscribe = \"GetSubscription\"");
    c.error("OperationMustHaveNotificationContentExtension", hooks, "void registerCallback(");
    c.error("WebhookNotTrigger", hooks, "@Webhook(unsubscribe = \"Unsubscribe\", payload");
    c.error("NotificationUrlNotAllowedInThisPosition", "com/acme/Filter.java", "@NotificationUrl");
    assertThat(c.compilation).hadErrorCount(6);
    assertEquals(Set.of(), c.written());
  }

  @Test
  void webhookWarnings() {
    Case c = Case.compile("ext-webhook-warnings");
    assertThat(c.compilation).succeeded();
    c.warning("WebhookLocationMissing", "com/acme/HookResource.java", "public Event subscribe(");
    c.warning(
        "UnsubscribeNotInternal",
        "com/acme/HookResource.java",
        "@Action(operationId = \"Unsubscribe\")");
    assertThat(c.compilation).hadWarningCount(2);
    assertEquals(ACME_TICKETS, c.written());
  }

  @Test
  void batchTriggerNotArray() {
    Case c = Case.compile("ext-batch-trigger");
    c.error("BatchTriggerNotArray", RESOURCE, "type = TriggerType.BATCH");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void pollingResponsesMissingIsAWarning() {
    Case c = Case.compile("ext-polling-responses");
    assertThat(c.compilation).succeeded();
    c.warning("PollingResponsesMissing", RESOURCE, "@Polling");
    assertThat(c.compilation).hadWarningCount(1);
  }

  @Test
  void notificationTargetNotWebhook() {
    Case c = Case.compile("ext-notification-target");
    c.error("NotificationTargetNotWebhook", RESOURCE, "notification = \"GetLatest\"");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void dynamicCalls() {
    Case c = Case.compile("ext-dynamic-calls");
    c.error("DynamicParameterUnknown", RESOURCE, "@Arg(name = \"nope\"");
    c.error("DynamicReferenceUnknown", RESOURCE, "parameter = \"nosuch\"");
    c.error("DynamicReferenceUnknown", "com/acme/NewTicket.java", "parameter = \"ticket/kind\"");
    c.error("DynamicRequiredParameterMissing", RESOURCE, "operation = \"ListMembers\")");
    c.warning("DynamicPathUnknown", RESOURCE, "valuePath = \"idx\"");
    assertThat(c.compilation).hadErrorCount(4);
    assertThat(c.compilation).hadWarningCount(1);
    assertThat(c.compilation).hadWarningContaining("its items' properties [id, name]");
  }

  @Test
  void testConnectionNotValid() {
    Case c = Case.compile("ext-test-connection");
    String a = "com/acme/a/TicketResource.java";
    c.error("TestConnectionNotValid", a, "@TestConnection(");
    c.error("TestConnectionNotValid", a, "parameter = \"queue\"");
    c.error("TestConnectionNotValid", a, "@dev.connectorkit.annotations.TestConnection");
    c.error("TestConnectionNotValid", "com/acme/b/PingResource.java", "@TestConnection");
    assertThat(c.compilation).hadErrorContaining("Ping is a POST");
    assertThat(c.compilation).hadErrorContaining("Ping is a second one");
    assertThat(c.compilation).hadErrorCount(4);
  }

  @Test
  void nextLinkNameNotValid() {
    Case c = Case.compile("ext-next-link");
    c.error("InvalidNextLinkNameValue", RESOURCE, "nextLinkName = \"next\"");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void revisionNotValid() {
    Case c = Case.compile("ext-revision");
    c.error("RevisionNotValid", RESOURCE, "@Revision(revision = 0)");
    c.error("RevisionNotValid", RESOURCE, "      revision = 1)");
    c.error("RevisionNotValid", RESOURCE, "replacementOperation = \"Replaced_V2\"");
    c.error("RevisionNotValid", RESOURCE, "family = \"ListB\")");
    c.error("RevisionNotValid", RESOURCE, "replacementOperation = \"HalfReplaced_V2\"");
    assertThat(c.compilation).hadErrorContaining("must be 1 or more");
    assertThat(c.compilation).hadErrorContaining("as ListA does");
    assertThat(c.compilation).hadErrorContaining("Replaced names a replacement but is not");
    assertThat(c.compilation).hadErrorContaining("has more than two operations");
    assertThat(c.compilation).hadErrorContaining("needs both replacementApi and");
    assertThat(c.compilation).hadErrorCount(5);
  }

  @Test
  void sharedDefinitionMismatch() {
    Case c = Case.compile("ext-shared-mismatch");
    c.error("SharedDefinitionMismatch", RESOURCE, "@Description(\"The ticket.\")");
    c.error("SharedDefinitionMismatch", RESOURCE, "description = \"No such ticket\", shared");
    assertThat(c.compilation).hadErrorCount(2);
  }

  @Test
  void dictionaryEditorOnAString() {
    Case c = Case.compile("ext-editor");
    c.error(
        "InvalidCustomEditorExtensionDictionaryValue",
        "com/acme/Note.java",
        "@Editor(\"dictionary\")");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void responses() {
    Case c = Case.compile("ext-responses");
    c.error("OperationShouldHaveSuccessfulResponse", RESOURCE, "public Response delete()");
    c.error("DefaultResponseHasSchema", RESOURCE, "type = Problem.class");
    assertThat(c.compilation).hadErrorCount(2);
  }

  @Test
  void parameters() {
    Case c = Case.compile("ext-parameters");
    c.error("InternalRequiredParameterWithoutDefault", RESOURCE, "@Internal @PathParam");
    c.error("ParameterNameReserved", RESOURCE, "@QueryParam(\"connectionId\")");
    c.error("FormDataNameNotAscii", RESOURCE, "@FormParam(");
    assertThat(c.compilation).hadErrorCount(3);
  }

  @Test
  void pathNotValid() {
    Case c = Case.compile("ext-path");
    c.error("PathNotValid", RESOURCE, "public String all()");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void operationIdSanitized() {
    Case c = Case.compile("ext-operation-id");
    c.error("OperationIdSanitized", RESOURCE, "operationId = \"Get-Tickets\"");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void tooManyCategories() {
    Case c = Case.compile("ext-categories");
    c.error("TooManyConnectorCategories", CONNECTOR, "categories = {");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void summaryTooLong() {
    Case c = Case.compile("ext-summary-too-long");
    c.error("OperationSummaryTooLong", RESOURCE, "@Action(summary = ");
    assertThat(c.compilation).hadErrorCount(1);
  }

  @Test
  void titleRules() {
    Case c = Case.compile("ext-cert-titles");
    assertThat(c.compilation).succeeded();
    c.warning("TitleNotValid", "com/acme/a/AConnector.java", "title = ");
    c.warning("TitleNotValid", "com/acme/b/BConnector.java", "title = ");
    c.warning("TitleNotValid", "com/acme/c/CConnector.java", "title = ");
    c.warning("TitleNotValid", "com/acme/d/DConnector.java", "title = ");
    c.warning("TitleNotValid", "com/acme/e/EConnector.java", "title = ");
    assertThat(c.compilation).hadWarningContaining("is longer than 30 characters (37)");
    assertThat(c.compilation).hadWarningContaining("must not contain the words \"API\"");
    assertThat(c.compilation).hadWarningContaining("must not name a Power Platform product");
    assertThat(c.compilation).hadWarningContaining("must end with a letter or digit");
    assertThat(c.compilation).hadWarningContaining("must end with \"(Independent Publisher)\"");
    assertThat(c.compilation).hadWarningCount(5);
  }

  @Test
  void connectorCertificationRules() {
    Case c = Case.compile("ext-cert-connector");
    assertThat(c.compilation).succeeded();
    c.warning("ConnectorDescriptionNotValid", "com/acme/a/AConnector.java", "description = ");
    c.warning("BrandColorNotAllowed", "com/acme/b/BConnector.java", "brandColor = \"#007ee5\"");
    c.warning("BrandColorNotAllowed", "com/acme/c/CConnector.java", "brandColor = ");
    c.warning("ConnectorMetadataPropertiesMissing", "com/acme/d/DConnector.java", "@Connector(");
    assertThat(c.compilation).hadWarningContaining("must use brandColor = \"#da3b01\"");
    assertThat(c.compilation).hadWarningContaining("Certification needs a website");
    assertThat(c.compilation).hadWarningCount(4);
  }

  @Test
  void operationCertificationRules() {
    Case c = Case.compile("ext-cert-operations");
    assertThat(c.compilation).succeeded();
    c.warning("OperationIdPascalCase", RESOURCE, "operationId = \"getTicket\"");
    c.warning("SummaryNotValid", RESOURCE, "summary = \"Get the latest ticket.\"");
    c.warning("SummaryNotValid", RESOURCE, "summary = \"Open/close a ticket\"");
    c.warning("SummaryNotValid", RESOURCE, "summary = \"Get every ticket");
    c.warning("DescriptionMissing", RESOURCE, "public String delete()");
    c.warning("DescriptionNotSentence", RESOURCE, "description = \"Gets a queue\"");
    c.warning("OperationHasManyResponsesWithSchema", RESOURCE, "@ApiResponse(status = 201");
    assertThat(c.compilation).hadWarningCount(7);
  }

  @Test
  void certificationRulesWarnByDefault() {
    Case c = Case.compileWith("ext-cert-modes");
    assertThat(c.compilation).succeeded();
    c.warning("TitleNotValid", CONNECTOR, "title = ");
    assertThat(c.compilation).hadWarningCount(1);
    assertEquals(ACME_TICKETS, c.written());
  }

  @Test
  void certificationRulesAreErrorsWhenAsked() {
    Case c = Case.compileWith("ext-cert-modes", "-Aconnectorkit.certification=error");
    c.error("TitleNotValid", CONNECTOR, "title = ");
    assertThat(c.compilation).hadErrorCount(1);
    assertThat(c.compilation).hadWarningCount(0);
    assertEquals(Set.of(), c.written());
  }

  @Test
  void certificationRulesAreSilentWhenOff() {
    Case c = Case.compileWith("ext-cert-modes", "-Aconnectorkit.certification=off");
    assertThat(c.compilation).succeededWithoutWarnings();
    assertEquals(ACME_TICKETS, c.written());
  }

  @Test
  void suppressWarningsSilencesACertificationRule() {
    Case c = Case.compile("ext-cert-suppressed");
    assertThat(c.compilation).succeededWithoutWarnings();
    assertEquals(ACME_TICKETS, c.written());
  }

  @Test
  void swaggerTooLarge() {
    JavaFileObject connector =
        JavaFileObjects.forSourceString(
            "com.acme.AcmeConnector",
            """
        package com.acme;

        import dev.connectorkit.annotations.Category;
        import dev.connectorkit.annotations.Connector;
        import dev.connectorkit.annotations.Contact;

        @Connector(
            title = "Acme Tickets",
            description = "Create and find Acme help-desk tickets.",
            host = "tickets.acme.com",
            brandColor = "#3b7a57",
            publisher = "Acme",
            stackOwner = "Acme",
            contact = @Contact(name = "Acme Support", email = "support@acme.com"),
            website = "https://acme.com",
            privacyPolicy = "https://acme.com/privacy",
            categories = Category.PRODUCTIVITY)
        public class AcmeConnector {}
        """);
    // 120 operations whose descriptions take 9,000 bytes each: just over 1 MB of Swagger.
    String sentence = "Gets one of the many reports that Acme keeps about its tickets. ";
    String description = sentence.repeat(9_000 / sentence.length()).strip();
    StringBuilder resource =
        new StringBuilder(
            """
        package com.acme;

        import dev.connectorkit.annotations.Action;
        import jakarta.ws.rs.GET;
        import jakarta.ws.rs.Path;

        @Path("reports")
        public class ReportResource {
        """);
    for (int i = 0; i < 120; i++) {
      resource
          .append("  @GET @Path(\"r")
          .append(i)
          .append("\")\n")
          .append("  @Action(summary = \"Get report ")
          .append(i)
          .append("\", operationId = \"Get")
          .append(i)
          .append("\", description = \"")
          .append(description)
          .append("\")\n")
          .append("  public String r")
          .append(i)
          .append("() { return null; }\n");
    }
    resource.append("}\n");
    Compilation compilation =
        Compilations.compileObjects(
            List.of(
                connector,
                JavaFileObjects.forSourceString("com.acme.ReportResource", resource.toString())),
            "-Aconnectorkit.certification=warning");
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[Connector/SwaggerTooLarge]")
        .inFile(connector)
        .onLineContaining("@Connector(");
    assertThat(compilation).hadWarningCount(1);
    assertTrue(
        Compilations.connectorFiles(compilation)
                .get("AcmeTickets/apiDefinition.swagger.json")
                .length
            > 1024 * 1024);
  }
}
