package dev.connectorkit.processor.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;

/**
 * Writes {@code apiProperties.json}: connection parameters (none without authentication), brand
 * colour, capabilities derived from the operations, publisher and stack owner.
 */
public final class ApiPropertiesWriter {

  /** The document for a connector. */
  public ObjectNode write(ConnectorModel model) {
    ObjectNode root = JsonOutput.object();
    ObjectNode props = root.putObject("properties");
    props.putObject("connectionParameters");
    props.put("iconBrandColor", model.info().brandColor());
    ArrayNode capabilities = props.putArray("capabilities");
    if (model.operations().stream().anyMatch(o -> o.trigger() == null)) {
      capabilities.add("actions");
    }
    if (model.operations().stream().map(Operation::trigger).anyMatch(t -> t != null)) {
      capabilities.add("triggers");
    }
    if (!model.info().publisher().isEmpty()) {
      props.put("publisher", model.info().publisher());
    }
    if (!model.info().stackOwner().isEmpty()) {
      props.put("stackOwner", model.info().stackOwner());
    }
    return root;
  }
}
