package dev.connectorkit.importer.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorkit.importer.model.ImportedConnector.Properties;
import dev.connectorkit.importer.model.Problems;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code apiProperties.json}: connection parameters and parameter sets, policies,
 * capabilities, metadata.
 */
public final class PropertiesReader {
  private static final String FILE = Problems.PROPERTIES;

  private final Problems problems;

  public PropertiesReader(Problems problems) {
    this.problems = problems;
  }

  /** The properties, or null (reported) when the file has no {@code properties} object. */
  public Properties read(JsonNode document) {
    Fields root = Fields.of(document, "", FILE, problems);
    if (root == null) {
      return null;
    }
    Fields p = root.object("properties");
    root.reportUnread();
    if (p == null) {
      problems.error(
          FILE,
          "/properties",
          "is missing; apiProperties.json holds one" + " \"properties\" object");
      return null;
    }
    Map<String, JsonNode> parameters = null;
    Fields cp = p.object("connectionParameters");
    if (cp != null) {
      parameters = new LinkedHashMap<>();
      for (String name : cp.keys()) {
        parameters.put(name, cp.raw(name));
      }
    }
    String color = p.string("iconBrandColor");
    if (color == null) {
      problems.error(
          FILE,
          "/properties/iconBrandColor",
          "is missing; every connector has a brand" + " colour");
    }
    Properties out =
        new Properties(
            parameters,
            new ParameterSetsReader(problems).read(p),
            color,
            p.strings("capabilities"),
            p.raw("policyTemplateInstances"),
            p.string("publisher"),
            p.string("stackOwner"),
            p.strings("scriptOperations"));
    p.reportUnread();
    return out;
  }
}
