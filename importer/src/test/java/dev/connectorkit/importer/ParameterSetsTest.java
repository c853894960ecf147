package dev.connectorkit.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorkit.importer.compare.Comparison;
import dev.connectorkit.importer.compare.Difference;
import dev.connectorkit.importer.model.Problem;
import dev.connectorkit.importer.roundtrip.RoundTrip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a parameter set holds that the annotations cannot say is reported at its pointer, and the
 * rest of the multi-auth connector still comes back through the processor.
 */
class ParameterSetsTest {
  private static final String SETS = "apiProperties.json#/properties/connectionParameterSets";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void aSetsMetadataIsReportedAndLeftOut() throws IOException {
    RoundTrip.Result r = roundTrip(p -> set(p, 1).putObject("metadata").put("allowSharing", false));

    assertEquals(
        List.of(
            "warning: "
                + SETS
                + "/values/1/metadata: \"metadata\" has no ConnectorKit annotation, so the"
                + " imported code leaves it out"),
        problems(r));
    assertEquals(List.of("/properties/connectionParameterSets/values/1/metadata"), pointers(r));
  }

  @Test
  void aMisspeltOAuthSettingsKeyIsReadAndReported() throws IOException {
    RoundTrip.Result r =
        roundTrip(
            p -> {
              ObjectNode token = (ObjectNode) set(p, 0).path("parameters").path("token");
              token.set("oauthSettings", token.remove("oAuthSettings"));
              token.set("uiDefinition", token.remove("uiDefinition"));
            });

    assertEquals(
        List.of(
            "warning: "
                + SETS
                + "/values/0/parameters/token/oauthSettings: is read as \"oAuthSettings\", the key"
                + " written instead"),
        problems(r));
    // The settings come back under the key the processor writes, nothing else changes.
    assertEquals(
        List.of(
            "/properties/connectionParameterSets/values/0/parameters/token/oAuthSettings",
            "/properties/connectionParameterSets/values/0/parameters/token/oauthSettings"),
        pointers(r).stream().sorted().toList());
  }

  @Test
  void aMissingSetDescriptionIsReported() throws IOException {
    RoundTrip.Result r =
        roundTrip(p -> ((ObjectNode) set(p, 1).path("uiDefinition")).remove("description"));

    assertEquals(
        List.of(
            "warning: "
                + SETS
                + "/values/1/uiDefinition/description: is missing; the imported"
                + " code writes \"\""),
        problems(r));
    assertEquals(
        List.of("/properties/connectionParameterSets/values/1/uiDefinition/description"),
        pointers(r));
  }

  @Test
  void aSetParameterTheProcessorWritesOtherwiseIsReported() throws IOException {
    RoundTrip.Result r =
        roundTrip(
            p ->
                ((ObjectNode) set(p, 1).path("parameters"))
                    .putObject("region")
                    .put("type", "string")
                    .putObject("uiDefinition")
                    .put("displayName", "Region")
                    .put("description", "Where your account lives.")
                    .putObject("constraints")
                    .put("required", "true")
                    .put("hidden", "false"));

    assertEquals(
        List.of(
            "warning: "
                + SETS
                + "/values/1/parameters/region: only what @ConnectionParameter says can be said;"
                + " the processor writes {\"type\":\"string\",\"uiDefinition\":{\"displayName\":"
                + "\"Region\",\"description\":\"Where your account lives.\",\"constraints\":"
                + "{\"required\":\"true\"}}}"),
        problems(r));
    assertEquals(
        List.of(
            "/properties/connectionParameterSets/values/1/parameters/region/uiDefinition"
                + "/constraints/hidden"),
        pointers(r));
  }

  @Test
  void anAuthenticationBesideTheSetsIsReportedNotCompiledTwice() throws IOException {
    RoundTrip.Result r =
        roundTrip(
            p ->
                ((ObjectNode) p.path("connectionParameters"))
                    .set("token", set(p, 0).path("parameters").path("token").deepCopy()));

    assertEquals(
        List.of(
            "warning: apiProperties.json#/properties/connectionParameters/token: an"
                + " authentication beside connectionParameterSets cannot be said (a connector has"
                + " one or a choice of sets); it is left out"),
        problems(r));
    assertTrue(r.compiled().success(), () -> "compiled: " + r.compiled().errors());
    assertEquals(List.of("/properties/connectionParameters/token"), pointers(r));
  }

  @Test
  void theProcessorsOwnMultiAuthOutputComesBackIdentical() throws IOException {
    // Three sets: OAuth, an API key with one more parameter, and basic with the default texts.
    Path golden = Path.of("../processor/src/test/resources/expected/ext-multi-auth/AcmeMulti");
    assertTrue(Files.isDirectory(golden), golden.toAbsolutePath().toString());

    RoundTrip.Result r = RoundTrip.run(golden, null, null);

    assertEquals(List.of(), problems(r));
    assertEquals(Comparison.Level.IDENTICAL, r.swagger().level(), () -> "" + r.swagger());
    assertEquals(Comparison.Level.IDENTICAL, r.properties().level(), () -> "" + r.properties());
  }

  /** The round trip of {@code connectors/multi-auth} with its properties changed. */
  private RoundTrip.Result roundTrip(Consumer<ObjectNode> change) throws IOException {
    Path good = TestResources.folder("connectors/multi-auth");
    Path folder = temp.resolve("changed");
    Files.createDirectories(folder);
    Files.copy(
        good.resolve("apiDefinition.swagger.json"), folder.resolve("apiDefinition.swagger.json"));
    ObjectNode root = (ObjectNode) JSON.readTree(good.resolve("apiProperties.json").toFile());
    change.accept((ObjectNode) root.path("properties"));
    JSON.writerWithDefaultPrettyPrinter()
        .writeValue(folder.resolve("apiProperties.json").toFile(), root);
    RoundTrip.Result r = RoundTrip.run(folder, null, null);
    assertTrue(r.compiled().success(), () -> "compiled: " + r.compiled().errors());
    assertTrue(r.swagger().isEquivalent(), () -> "swagger: " + r.swagger().differences());
    return r;
  }

  private static ObjectNode set(ObjectNode properties, int index) {
    return (ObjectNode) properties.path("connectionParameterSets").path("values").path(index);
  }

  private static List<String> problems(RoundTrip.Result r) {
    return r.imported().problems().all().stream().map(Problem::format).toList();
  }

  private static List<String> pointers(RoundTrip.Result r) {
    return r.properties().differences().stream().map(Difference::pointer).toList();
  }
}
