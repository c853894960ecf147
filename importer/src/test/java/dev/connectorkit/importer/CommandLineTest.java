package dev.connectorkit.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on good and bad input: exit codes, messages that name the file and JSON pointer,
 * and a source folder that is written completely or not at all.
 */
class CommandLineTest {
  @TempDir Path temp;

  /** What a run printed and returned. */
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String bad(String name) {
    return TestResources.folder("bad/" + name).toString();
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void importsAFolderWhoseNameHasSpaces() throws IOException {
    Path out = temp.resolve("my sources");
    Run r =
        run(
            TestResources.folder("connectors/file upload").toString(),
            "--out",
            out.toString(),
            "--package",
            "com.acme.files");

    assertEquals(Main.OK, r.exit(), r.err());
    assertTrue(r.out().contains("package com.acme.files"), r.out());
    Path connector = out.resolve("com/acme/files/AcmeFilesConnector.java");
    assertTrue(Files.readString(connector).contains("@Connector("), "connector class");
    assertTrue(Files.exists(out.resolve("com/acme/files/model/FileInfo.java")), "model type");
  }

  @Test
  void notJsonNamesTheFileAndPositionAndWritesNothing() throws IOException {
    Path out = temp.resolve("src");
    Run r = run(bad("not-json"), "--out", out.toString());

    assertEquals(Main.BAD_INPUT, r.exit());
    assertTrue(r.err().contains("error: apiDefinition.swagger.json: is not JSON"), r.err());
    assertTrue(r.err().contains("line 5"), r.err());
    assertTrue(r.err().contains("Nothing was written."), r.err());
    assertEquals(List.of(), files(out));
  }

  @Test
  void openApi3IsRefusedAtItsPointer() throws IOException {
    Path out = temp.resolve("src");
    Run r = run(bad("openapi3"), "--out", out.toString());

    assertEquals(Main.BAD_INPUT, r.exit());
    assertTrue(
        r.err().contains("error: apiDefinition.swagger.json#/openapi: this is OpenAPI" + " 3.0.1"),
        r.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aMissingFileIsNamed() {
    Run r = run(bad("missing-properties"), "--out", temp.resolve("src").toString());

    assertEquals(Main.BAD_INPUT, r.exit());
    assertTrue(r.err().contains("error: apiProperties.json: is missing from"), r.err());
  }

  @Test
  void aMissingFolderIsNamed() {
    Run r = run(temp.resolve("no such folder").toString(), "--out", temp.toString());

    assertEquals(Main.BAD_INPUT, r.exit());
    assertTrue(r.err().contains("no such folder: is not a folder"), r.err());
  }

  @Test
  void anUnknownConstructIsRefusedAtItsPointerAndExistingSourcesStayAsTheyWere()
      throws IOException {
    Path out = temp.resolve("src");
    Files.createDirectories(out);
    Files.writeString(out.resolve("Keep.java"), "class Keep {}");
    Run r = run(bad("cookie-parameter"), "--out", out.toString());

    assertEquals(Main.BAD_INPUT, r.exit());
    assertTrue(
        r.err()
            .contains(
                "error: apiDefinition.swagger.json#/paths/~1jar/get/parameters"
                    + "/0/in: \"cookie\" is not a Swagger 2.0 parameter location"),
        r.err());
    assertEquals(List.of(out.resolve("Keep.java")), files(out));
    try (Stream<Path> siblings = Files.list(temp)) {
      assertEquals(List.of(out), siblings.toList(), "no staging folder is left behind");
    }
  }

  @Test
  void anUnknownExtensionIsReportedAndWrittenRaw() throws IOException {
    Path out = temp.resolve("src");
    Run r = run(bad("unknown-extension"), "--out", out.toString(), "--package", "com.acme");

    assertEquals(Main.OK, r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "warning: apiDefinition.swagger.json#/paths/~1things/get/x-ms-future-feature:"
                    + " \"x-ms-future-feature\" is written raw with @Extension"),
        r.err());
    String resource = Files.readString(out.resolve("com/acme/ThingsResource.java"));
    assertTrue(resource.contains("name = \"x-ms-future-feature\""), resource);
    assertTrue(resource.contains("json = \"{\\\"enabled\\\":true,\\\"level\\\":3}\""), resource);
  }

  @Test
  void theRoundTripOfAnUnknownExtensionIsIdentical() {
    Run r = run(bad("unknown-extension"), "--round-trip");

    assertEquals(Main.OK, r.exit(), r.err());
    assertEquals("apiDefinition.swagger.json: identical\napiProperties.json: identical\n", r.out());
  }

  @Test
  void theRoundTripReportsDifferencesAsPointersAndExitsOne() throws IOException {
    // An operation's own security that differs from the connector's has no annotation: the
    // import reports it and leaves it out.
    Path folder = withOperation("own security", "\"security\": [{\"key\": []}],");
    Run r = run(folder.toString(), "--round-trip");

    assertEquals(Main.DIFFERENT, r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "warning: apiDefinition.swagger.json#/paths/~1things/get/security: \"security\""
                    + " has no ConnectorKit annotation, so the imported code leaves it out"),
        r.err());
    assertTrue(
        r.out()
            .contains(
                "apiDefinition.swagger.json: 1 difference\n"
                    + "  /paths/~1things/get/security: missing (original: [{\"key\":[]}])"),
        r.out());
    assertTrue(r.out().contains("apiProperties.json: identical"), r.out());
  }

  @Test
  void aPathWithAFinalSlashComesBackAsWritten() throws IOException {
    // The processor keeps the final '/' of a method's own @Path.
    Path folder = withOperation("final slash", "\"parameters\": [],");
    replaceInSwagger(folder, "\"/things\"", "\"/things/\"");
    assertComesBackIdentical(folder);
  }

  @Test
  void anIntegerEnumParameterComesBackThroughItsJsonCreator() throws IOException {
    // JAX-RS converts a parameter with fromString: the enum's values need not be Java names.
    Path folder =
        withOperation(
            "integer enum",
            "\"parameters\": [{\"name\": \"level\", \"in\": \"query\","
                + " \"required\": false, \"type\": \"integer\", \"format\": \"int32\","
                + " \"enum\": [1, 2]}],");
    assertComesBackIdentical(folder);
  }

  @Test
  void aListOfTypesIsReadAsItsOneTypeOtherThanNull() throws IOException {
    // JSON Schema's nullable form is not Swagger 2.0, but certified connectors use it.
    Path folder =
        withOperation(
            "type list",
            "\"parameters\": [{\"name\": \"tags\", \"in\": \"query\","
                + " \"type\": [\"string\", \"null\"]}],");
    Run r = run(folder.toString(), "--round-trip");

    assertEquals(Main.DIFFERENT, r.exit(), r.out() + r.err());
    assertTrue(
        r.err()
            .contains(
                "warning: apiDefinition.swagger.json#/paths/~1things/get/parameters/0/type:"
                    + " a list of types is not Swagger 2.0; it is read as \"string\""),
        r.err());
    assertTrue(
        r.out().contains("/paths/~1things/get/parameters/0/type: original [\"string\",\"null\"]"),
        r.out());
  }

  @Test
  void aPropertysBooleanRequiredAndANumberDescriptionAreLeftOutWithWarnings() throws IOException {
    // Power Platform ignores both; they are reported and left out rather than refused.
    Path folder =
        withOperation(
            "sloppy property",
            "\"parameters\": [{\"name\": \"body\", \"in\": \"body\", \"schema\": {\"type\":"
                + " \"object\", \"properties\": {\"x\": {\"type\": \"string\", \"required\": true,"
                + " \"description\": 5}}}}],");
    Run r = run(folder.toString(), "--round-trip");

    assertEquals(Main.DIFFERENT, r.exit(), r.out() + r.err());
    String x =
        "warning: apiDefinition.swagger.json#/paths/~1things/get/parameters/0/schema/properties/x";
    assertTrue(
        r.err().contains(x + "/required: a boolean \"required\" belongs to a parameter"), r.err());
    assertTrue(
        r.err().contains(x + "/description: should be a string, not a number; it is left out"),
        r.err());
  }

  @Test
  void aPolicyKeepsItsScopeWhenTheImportChangesTheOperationsId() throws IOException {
    // Leaving the operation out would widen the policy to every operation.
    Path folder = withOperation("policy scope", "\"parameters\": [],");
    replaceInSwagger(folder, "\"ListThings\"", "\"List-Things\"");
    Files.writeString(
        folder.resolve("apiProperties.json"),
        "{\"properties\": {\"connectionParameters\": {}, \"iconBrandColor\": \"#123456\","
            + " \"capabilities\": [], \"policyTemplateInstances\": [{\"templateId\":"
            + " \"setheader\", \"title\": \"Version\", \"parameters\": {"
            + "\"x-ms-apimTemplateParameter.name\": \"X-Version\","
            + " \"x-ms-apimTemplateParameter.value\": \"2\","
            + " \"x-ms-apimTemplateParameter.existsAction\": \"override\","
            + " \"x-ms-apimTemplate-policySection\": \"Request\","
            + " \"x-ms-apimTemplate-operationName\": [\"List-Things\"]}}]}}");
    Run r = run(folder.toString(), "--round-trip");

    assertEquals(Main.DIFFERENT, r.exit(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "apiProperties.json: 1 difference\n"
                    + "  /properties/policyTemplateInstances/0/parameters/"
                    + "x-ms-apimTemplate-operationName/0: original \"List-Things\","
                    + " emitted \"ListThings\""),
        r.out());
  }

  @Test
  void aListOfItemSchemasIsReadAsItsFirst() throws IOException {
    Path folder = withOperation("tuple items", "\"parameters\": [],");
    replaceInSwagger(
        folder, "\"items\": {\"type\": \"string\"}", "\"items\": [{\"type\": \"string\"}]");
    Run r = run(folder.toString(), "--round-trip");

    assertEquals(Main.DIFFERENT, r.exit(), r.out() + r.err());
    assertTrue(
        r.err()
            .contains(
                "warning: apiDefinition.swagger.json#/paths/~1things/get/responses/200/schema/items:"
                    + " a list of item schemas is not Swagger 2.0; the first is read for every item"),
        r.err());
  }

  @Test
  void aDefinitionWithoutPropertiesCompilesAndComesBackWithEmptyProperties() throws IOException {
    // Jackson finds nothing to describe in a record with no components: the processor refuses
    // one unless @Explicit(PROPERTIES) says its empty properties.
    Path folder = withOperation("no properties", "\"parameters\": [],");
    replaceInSwagger(
        folder,
        "\"definitions\": {}",
        "\"definitions\": {\"Anything\": {\"type\": \"object\"}}",
        "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}",
        "{\"$ref\": \"#/definitions/Anything\"}");
    Run r = run(folder.toString(), "--round-trip");

    assertEquals(Main.DIFFERENT, r.exit(), r.out() + r.err());
    assertTrue(
        r.err()
            .contains(
                "warning: apiDefinition.swagger.json#/definitions/Anything: an object without"
                    + " properties is imported as a record with none"),
        r.err());
    assertTrue(
        r.out()
            .contains(
                "apiDefinition.swagger.json: 1 difference\n"
                    + "  /paths/~1things/get/responses/200/schema/properties: added (emitted: {})"),
        r.out());
  }

  @Test
  void anEmptyConsumesComesBackWhenTheConnectorsIsEmptyToo() throws IOException {
    // @Explicit(CONSUMES) repeats the connector's list on the operation, here [].
    Path folder = withOperation("empty consumes", "\"consumes\": [], \"parameters\": [],");
    replaceInSwagger(folder, "\"consumes\": [\"application/json\"],", "\"consumes\": [],");
    assertComesBackIdentical(folder);
  }

  /** The round trip of a folder exits 0 with both files identical. */
  private static void assertComesBackIdentical(Path folder) {
    Run r = run(folder.toString(), "--round-trip");
    assertEquals(Main.OK, r.exit(), r.out() + r.err());
    assertEquals("apiDefinition.swagger.json: identical\napiProperties.json: identical\n", r.out());
  }

  /** Replaces texts of a folder's Swagger file: from, to, from, to... */
  private static void replaceInSwagger(Path folder, String... fromTo) throws IOException {
    Path swagger = folder.resolve("apiDefinition.swagger.json");
    String text = Files.readString(swagger);
    for (int i = 0; i < fromTo.length; i += 2) {
      text = text.replace(fromTo[i], fromTo[i + 1]);
    }
    Files.writeString(swagger, text);
  }

  /** The one-operation connector of {@code bad/unknown-extension}, its operation changed. */
  private Path withOperation(String name, String replacingParameters) throws IOException {
    Path folder = temp.resolve(name);
    Files.createDirectories(folder);
    Path good = TestResources.folder("bad/unknown-extension");
    Files.writeString(
        folder.resolve("apiDefinition.swagger.json"),
        Files.readString(good.resolve("apiDefinition.swagger.json"))
            .replace(
                "\"x-ms-future-feature\": {\"enabled\": true, \"level\": 3}",
                "\"x-ms-visibility\": \"important\"")
            .replace(
                "\"parameters\": [],",
                replacingParameters.startsWith("\"security")
                    ? "\"parameters\": [], " + replacingParameters
                    : replacingParameters));
    Files.copy(good.resolve("apiProperties.json"), folder.resolve("apiProperties.json"));
    return folder;
  }

  @Test
  void badArgumentsShowTheUsage() {
    assertEquals(Main.BAD_INPUT, run().exit());
    assertEquals(Main.BAD_INPUT, run(bad("openapi3")).exit());
    Run r = run(bad("openapi3"), "--out", "x", "--package", "not a package");
    assertEquals(Main.BAD_INPUT, r.exit());
    assertTrue(r.err().contains("usage: java -jar connectorkit-importer.jar"), r.err());
  }
}
