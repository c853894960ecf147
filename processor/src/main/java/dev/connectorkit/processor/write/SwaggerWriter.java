package dev.connectorkit.processor.write;

import static dev.connectorkit.processor.write.SchemaWriter.putIfSet;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorkit.processor.model.ConnectorInfo;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Definition;
import dev.connectorkit.processor.model.Header;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.ParameterLocation;
import dev.connectorkit.processor.model.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code apiDefinition.swagger.json}: Swagger 2.0 in the spec's key order, paths and
 * definitions sorted, operations in HTTP-method order, responses by status.
 */
public final class SwaggerWriter {
  private static final List<String> METHOD_ORDER =
      List.of("get", "put", "post", "delete", "options", "head", "patch");

  /**
   * Writes the document for a connector. Streamed: each path item and each definition is built as a
   * small tree and written at once, so that the whole document (tens of megabytes of nodes for a
   * large API) is never held in memory.
   */
  public void write(ConnectorModel model, JsonGenerator g) throws IOException {
    SchemaWriter schemas = new SchemaWriter(model.definitions(), model.operationLinks());
    ObjectNode sharedParameters = JsonOutput.object();
    ObjectNode sharedResponses = JsonOutput.object();
    ConnectorInfo info = model.info();
    g.writeStartObject();
    g.writeStringField("swagger", "2.0");
    ObjectNode infoNode = info(info);
    model.infoExtensions().forEach((k, v) -> infoNode.set(k, schemas.json(v)));
    field(g, "info", infoNode);
    g.writeStringField("host", info.host());
    if (info.basePath() != null) {
      g.writeStringField("basePath", info.basePath());
    }
    field(g, "schemes", strings(info.schemes()));
    section(g, info, "consumes", strings(info.consumes()));
    section(g, info, "produces", strings(info.produces()));
    g.writeFieldName("paths");
    paths(model, schemas, sharedParameters, sharedResponses, g);
    // By name, the last of a name in its first place, as a tree would keep it.
    Map<String, Definition> byName = new LinkedHashMap<>();
    List<Definition> sorted = new ArrayList<>(model.definitions().values());
    sorted.sort(Comparator.comparing(Definition::name));
    sorted.forEach(d -> byName.put(d.name(), d));
    if (!byName.isEmpty() || info.writesEmpty("definitions")) {
      g.writeFieldName("definitions");
      g.writeStartObject();
      for (Definition d : byName.values()) {
        field(g, d.name(), schemas.schema(d.schema()));
      }
      g.writeEndObject();
    }
    section(g, info, "parameters", sorted(sharedParameters));
    section(g, info, "responses", sorted(sharedResponses));
    ObjectNode security = JsonOutput.object();
    model.auth().securityDefinitions().forEach((k, v) -> security.set(k, schemas.json(v)));
    section(g, info, "securityDefinitions", security);
    section(g, info, "security", schemas.json(model.auth().security()));
    section(g, info, "tags", JsonOutput.object().arrayNode());
    // The root's extensions, then the metadata (which replaces an extension of its name in place).
    ObjectNode tail = JsonOutput.object();
    model.rootExtensions().forEach((k, v) -> tail.set(k, schemas.json(v)));
    ArrayNode metadata = metadata(info);
    if (!metadata.isEmpty()) {
      tail.set("x-ms-connector-metadata", metadata);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = tail.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      field(g, e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void field(JsonGenerator g, String name, JsonNode value) throws IOException {
    g.writeFieldName(name);
    JsonOutput.write(value, g);
  }

  private static ObjectNode info(ConnectorInfo info) {
    ObjectNode out = JsonOutput.object();
    out.put("title", info.title());
    out.put("description", info.description());
    if (!info.contact().isEmpty()) {
      ObjectNode contact = out.putObject("contact");
      putIfNotEmpty(contact, "name", info.contact().name());
      putIfNotEmpty(contact, "url", info.contact().url());
      putIfNotEmpty(contact, "email", info.contact().email());
    }
    out.put("version", info.version());
    return out;
  }

  private void paths(
      ConnectorModel model,
      SchemaWriter schemas,
      ObjectNode sharedParameters,
      ObjectNode sharedResponses,
      JsonGenerator g)
      throws IOException {
    Map<String, List<Operation>> byPath = new TreeMap<>();
    for (Operation op : model.operations()) {
      byPath.computeIfAbsent(op.path(), p -> new ArrayList<>()).add(op);
    }
    g.writeStartObject();
    for (Map.Entry<String, List<Operation>> path : byPath.entrySet()) {
      ObjectNode item = JsonOutput.object();
      List<Operation> ops = path.getValue();
      ops.stream()
          .sorted(
              Comparator.comparing((Operation o) -> METHOD_ORDER.indexOf(o.method()))
                  .thenComparing(Operation::method))
          .forEach(
              op ->
                  item.set(
                      op.method(),
                      operation(op, model, schemas, sharedParameters, sharedResponses)));
      ops.stream()
          .map(Operation::triggerFacts)
          .filter(t -> t != null && t.isWebhook())
          .findFirst()
          .ifPresent(
              t -> {
                ObjectNode content = item.putObject("x-ms-notification-content");
                putIfSet(content, "description", t.webhookDescription());
                content.set("schema", schemas.schema(t.webhookPayload()));
                if (!t.webhookHeaders().isEmpty()) {
                  content.set("headers", headers(t.webhookHeaders(), schemas));
                }
              });
      field(g, path.getKey(), item);
    }
    g.writeEndObject();
  }

  private ObjectNode operation(
      Operation op,
      ConnectorModel model,
      SchemaWriter schemas,
      ObjectNode sharedParameters,
      ObjectNode sharedResponses) {
    ConnectorInfo info = model.info();
    ObjectNode out = JsonOutput.object();
    if (!op.tags().isEmpty()) {
      strings(out.putArray("tags"), op.tags());
    }
    putIfSet(out, "summary", op.summary());
    putIfSet(out, "description", op.description());
    out.put("operationId", op.operationId());
    boolean sendsContent = op.hasBody() || op.hasForm();
    if (op.explicitKeys().contains("consumes")
        || sendsContent && !op.consumes().equals(info.consumes())) {
      strings(out.putArray("consumes"), op.consumes());
    }
    if (op.explicitKeys().contains("produces") || !op.produces().equals(info.produces())) {
      strings(out.putArray("produces"), op.produces());
    }
    ArrayNode params = JsonOutput.object().arrayNode();
    if (!op.omitted().contains("parameters")) {
      out.set("parameters", params);
    }
    for (Parameter p : op.parameters()) {
      ObjectNode written = parameter(p, schemas);
      if (p.shared() == null) {
        params.add(written);
      } else {
        sharedParameters.set(p.shared(), written);
        params.add(JsonOutput.object().put("$ref", "#/parameters/" + p.shared()));
      }
    }
    ObjectNode responses = out.putObject("responses");
    op.responses().stream()
        .sorted(Comparator.comparing(Response::status))
        .forEach(
            r -> {
              ObjectNode written = response(r, schemas);
              if (r.shared() == null) {
                responses.set(r.status(), written);
              } else {
                sharedResponses.set(r.shared(), written);
                responses.set(
                    r.status(), JsonOutput.object().put("$ref", "#/responses/" + r.shared()));
              }
            });
    if (op.deprecated() || op.explicitKeys().contains("deprecated")) {
      out.put("deprecated", op.deprecated());
    }
    if (op.explicitKeys().contains("security")) {
      out.set("security", schemas.json(model.auth().security()));
    }
    putIfSet(out, "x-ms-visibility", op.visibility());
    putIfSet(out, "x-ms-trigger", op.trigger());
    op.extensions().forEach((k, v) -> out.set(k, schemas.json(v)));
    return out;
  }

  private ObjectNode parameter(Parameter p, SchemaWriter schemas) {
    ObjectNode out = JsonOutput.object();
    out.put("name", p.name());
    out.put("in", p.location().swaggerName());
    putIfSet(out, "description", p.description());
    if (!p.omitted().contains("required")) {
      out.put("required", p.required());
    }
    if (p.location() == ParameterLocation.BODY) {
      out.set("schema", schemas.schema(p.schema()));
    } else {
      ObjectNode typePart = JsonOutput.object();
      schemas.typePart(p.schema(), typePart);
      typePart.remove("description");
      typePart.remove("title");
      out.setAll(typePart);
      putIfSet(out, "collectionFormat", p.collectionFormat());
    }
    putIfSet(out, "x-ms-summary", p.summary());
    putIfSet(out, "x-ms-visibility", p.visibility());
    if (p.location() == ParameterLocation.PATH && !p.omitted().contains("x-ms-url-encoding")) {
      out.put("x-ms-url-encoding", p.encoded() ? "double" : "single");
    }
    if (p.location() != ParameterLocation.BODY && p.schema().extensions() != null) {
      p.schema().extensions().forEach((k, v) -> out.set(k, schemas.json(v)));
    }
    return out;
  }

  private ObjectNode response(Response r, SchemaWriter schemas) {
    ObjectNode out = JsonOutput.object();
    out.put("description", r.description());
    if (r.schema() != null) {
      out.set("schema", schemas.schema(r.schema()));
    }
    if (!r.headers().isEmpty()) {
      out.set("headers", headers(r.headers(), schemas));
    }
    putIfSet(out, "x-ms-summary", r.summary());
    return out;
  }

  private static ObjectNode headers(List<Header> list, SchemaWriter schemas) {
    ObjectNode headers = JsonOutput.object();
    for (Header h : list) {
      ObjectNode header = headers.putObject(h.name());
      schemas.typePart(h.schema(), header);
      putIfSet(header, "description", h.description());
      putIfSet(header, "x-ms-summary", h.summary());
      putIfSet(header, "x-ms-visibility", h.visibility());
    }
    return headers;
  }

  private static ObjectNode metadataEntry(String name, String value) {
    ObjectNode o = JsonOutput.object();
    o.put("propertyName", name);
    o.put("propertyValue", value);
    return o;
  }

  private static ArrayNode metadata(ConnectorInfo info) {
    ArrayNode out = JsonOutput.object().arrayNode();
    if (!info.website().isEmpty()) {
      out.add(metadataEntry("Website", info.website()));
    }
    if (!info.privacyPolicy().isEmpty()) {
      out.add(metadataEntry("Privacy policy", info.privacyPolicy()));
    }
    if (!info.categories().isEmpty()) {
      out.add(metadataEntry("Categories", String.join(";", info.categories())));
    }
    return out;
  }

  /** Writes a top-level section if it has content or the connector writes it empty. */
  private static void section(JsonGenerator g, ConnectorInfo info, String key, JsonNode value)
      throws IOException {
    if (!value.isEmpty() || info.writesEmpty(key)) {
      field(g, key, value);
    }
  }

  private static void strings(ArrayNode out, List<String> values) {
    values.forEach(out::add);
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode out = JsonOutput.object().arrayNode();
    values.forEach(out::add);
    return out;
  }

  private static ObjectNode sorted(ObjectNode in) {
    ObjectNode out = JsonOutput.object();
    new java.util.TreeSet<String>(iterable(in.fieldNames())).forEach(k -> out.set(k, in.get(k)));
    return out;
  }

  private static <T> java.util.List<T> iterable(java.util.Iterator<T> it) {
    java.util.List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static void putIfNotEmpty(ObjectNode out, String key, String value) {
    if (!value.isEmpty()) {
      out.put(key, value);
    }
  }
}
