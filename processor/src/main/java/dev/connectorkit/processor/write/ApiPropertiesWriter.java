package dev.connectorkit.processor.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorkit.processor.model.ConnectorInfo;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Policy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes {@code apiProperties.json}: connection parameters and sets, brand colour, capabilities
 * (derived from the operations unless told otherwise), policy template instances, publisher, stack
 * owner and script operations.
 */
public final class ApiPropertiesWriter {

  /** The document for a connector. */
  public ObjectNode write(ConnectorModel model) {
    SchemaWriter values = new SchemaWriter(model.definitions(), model.operationLinks());
    ConnectorInfo info = model.info();
    ObjectNode root = JsonOutput.object();
    ObjectNode props = root.putObject("properties");
    ObjectNode parameters = props.putObject("connectionParameters");
    model.auth().connectionParameters().forEach((k, v) -> parameters.set(k, values.json(v)));
    if (model.auth().connectionParameterSets() != null) {
      props.set("connectionParameterSets", values.json(model.auth().connectionParameterSets()));
    }
    props.put("iconBrandColor", info.brandColor());
    ArrayNode capabilities = props.putArray("capabilities");
    capabilities(model).forEach(capabilities::add);
    if (!model.policies().isEmpty() || info.writesEmpty("policyTemplateInstances")) {
      ArrayNode policies = props.putArray("policyTemplateInstances");
      for (Policy p : model.policies()) {
        policies.add(policy(p, values));
      }
    }
    if (!info.publisher().isEmpty()) {
      props.put("publisher", info.publisher());
    }
    if (!info.stackOwner().isEmpty()) {
      props.put("stackOwner", info.stackOwner());
    }
    if (model.scriptOperations() != null) {
      props.set("scriptOperations", values.json(model.scriptOperations()));
    }
    return root;
  }

  private static Set<String> capabilities(ConnectorModel model) {
    Set<String> out = new LinkedHashSet<>();
    if (model.info().deriveCapabilities()) {
      if (model.operations().stream().anyMatch(o -> o.trigger() == null)) {
        out.add("actions");
      }
      if (model.operations().stream().map(Operation::trigger).anyMatch(t -> t != null)) {
        out.add("triggers");
      }
    }
    out.addAll(model.info().capabilities());
    return out;
  }

  private static ObjectNode policy(Policy p, SchemaWriter values) {
    ObjectNode out = JsonOutput.object();
    out.put("templateId", p.templateId());
    out.put("title", p.title());
    if (p.type() != null) {
      out.put("type", p.type());
    }
    ObjectNode parameters = out.putObject("parameters");
    p.parameters().forEach((k, v) -> parameters.set(k, values.json(v)));
    if (!p.operations().isEmpty()) {
      ArrayNode ops = parameters.putArray("x-ms-apimTemplate-operationName");
      for (OperationRef r : p.operations()) {
        ops.add(values.json(r));
      }
    }
    if (p.section() != null) {
      parameters.put("x-ms-apimTemplate-policySection", p.section());
    }
    return out;
  }
}
