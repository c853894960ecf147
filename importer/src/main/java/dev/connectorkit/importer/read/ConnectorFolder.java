package dev.connectorkit.importer.read;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.connectorkit.importer.model.ImportedConnector;
import dev.connectorkit.importer.model.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A connector folder on disk: reads its two files as strict JSON, refusing a missing folder or file
 * and anything that is not JSON with the file and position, then the import model.
 */
public final class ConnectorFolder {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private ConnectorFolder() {}

  /** The connector in a folder, or null with the reasons in {@code problems}. */
  public static ImportedConnector read(Path folder, Problems problems) {
    if (!Files.isDirectory(folder)) {
      problems.error(
          folder.toString(),
          "",
          "is not a folder; give the folder that holds "
              + Problems.SWAGGER
              + " and "
              + Problems.PROPERTIES);
      return null;
    }
    JsonNode swagger = json(folder, Problems.SWAGGER, problems);
    JsonNode properties = json(folder, Problems.PROPERTIES, problems);
    if (swagger == null || properties == null) {
      return null;
    }
    ImportedConnector.Properties props = new PropertiesReader(problems).read(properties);
    ImportedConnector connector = new SwaggerReader(problems).read(swagger, props);
    return problems.hasErrors() ? null : connector;
  }

  /** One file as JSON, or null (reported). */
  public static JsonNode json(Path folder, String name, Problems problems) {
    Path file = folder.resolve(name);
    if (!Files.isRegularFile(file)) {
      problems.error(name, "", "is missing from " + folder.toAbsolutePath().normalize());
      return null;
    }
    try {
      JsonNode node = MAPPER.readTree(Files.readAllBytes(file));
      if (node == null || node.isMissingNode()) {
        problems.error(name, "", "is empty; it must hold a JSON object");
        return null;
      }
      return node;
    } catch (JsonParseException e) {
      var at = e.getLocation();
      problems.error(
          name,
          "",
          "is not JSON: "
              + e.getOriginalMessage()
              + " (line "
              + at.getLineNr()
              + ", column "
              + at.getColumnNr()
              + ")");
    } catch (JsonProcessingException e) {
      problems.error(name, "", "is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      problems.error(name, "", "cannot be read: " + e.getMessage());
    }
    return null;
  }
}
