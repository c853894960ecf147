package dev.connectorkit.importer.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorkit.importer.model.ImportedConnector;
import dev.connectorkit.importer.model.ImportedConnector.Info;
import dev.connectorkit.importer.model.ImportedConnector.Notification;
import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Parameter;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.model.Response;
import dev.connectorkit.importer.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code apiDefinition.swagger.json} into the import model: refuses what is not Swagger 2.0,
 * reports every key the imported code will not carry, and resolves the shared parameters and
 * responses operations refer to.
 */
public final class SwaggerReader {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch");
  private static final String SWAGGER = Problems.SWAGGER;

  private final Problems problems;
  private final SchemaReader schemas;

  public SwaggerReader(Problems problems) {
    this.problems = problems;
    this.schemas = new SchemaReader(problems, SWAGGER);
  }

  /** The connector, or null when the file cannot be imported (see the problems). */
  public ImportedConnector read(JsonNode document, ImportedConnector.Properties properties) {
    Fields root = Fields.of(document, "", SWAGGER, problems);
    if (root == null) {
      return null;
    }
    if (root.has("openapi")) {
      problems.error(
          SWAGGER,
          "/openapi",
          "this is OpenAPI "
              + root.raw("openapi").asText()
              + "; Power Platform connectors, and this importer, use Swagger 2.0 (\"swagger\":"
              + " \"2.0\")");
      return null;
    }
    String version = root.string("swagger");
    if (!"2.0".equals(version)) {
      problems.error(
          SWAGGER,
          "/swagger",
          version == null
              ? "is missing; a connector definition is Swagger 2.0 (\"swagger\": \"2.0\")"
              : "is \"" + version + "\"; only Swagger 2.0 can be imported");
      return null;
    }
    Info info = info(root);
    String host = root.string("host");
    if (host == null) {
      problems.error(SWAGGER, "/host", "is missing; Power Platform needs the API's host");
    }
    Map<String, Schema> definitions = definitions(root);
    Map<String, Parameter> sharedParameters = new LinkedHashMap<>();
    Map<String, Response> sharedResponses = new LinkedHashMap<>();
    boolean hasParameters = root.has("parameters");
    boolean hasResponses = root.has("responses");
    OperationReader operations =
        new OperationReader(
            problems, schemas, sharedParameters, sharedResponses, root.node().get("security"));
    readShared(root, operations, sharedParameters, sharedResponses);
    List<Operation> ops = new ArrayList<>();
    Map<String, Notification> notifications = new LinkedHashMap<>();
    Fields paths = root.object("paths");
    if (paths == null) {
      problems.error(SWAGGER, "/paths", "is missing");
    } else {
      for (String path : paths.keys()) {
        Fields item = Fields.of(paths.raw(path), paths.at(path), SWAGGER, problems);
        if (item != null) {
          pathItem(item, path, operations, ops, notifications);
        }
      }
    }
    JsonNode securityDefinitions = root.raw("securityDefinitions");
    Map<String, JsonNode> security = null;
    if (securityDefinitions != null && securityDefinitions.isObject()) {
      security = new LinkedHashMap<>();
      for (var e : securityDefinitions.properties()) {
        security.put(e.getKey(), e.getValue());
      }
    }
    ImportedConnector connector =
        new ImportedConnector(
            info,
            host,
            root.string("basePath"),
            root.strings("schemes"),
            root.strings("consumes"),
            root.strings("produces"),
            ops,
            notifications,
            definitions,
            hasParameters ? sharedParameters : null,
            hasResponses ? sharedResponses : null,
            security,
            root.raw("security"),
            root.raw("tags"),
            root.extensions(),
            properties);
    root.reportUnread();
    return problems.hasErrors() ? null : connector;
  }

  private Info info(Fields root) {
    Fields info = root.object("info");
    if (info == null) {
      problems.error(SWAGGER, "/info", "is missing");
      return new Info("", null, "1.0", null, null, null, null, Map.of());
    }
    String title = info.string("title");
    if (title == null) {
      problems.error(SWAGGER, "/info/title", "is missing; a connector needs a title");
    }
    Fields contact = info.object("contact");
    String name = null;
    String url = null;
    String email = null;
    if (contact != null) {
      name = contact.string("name");
      url = contact.string("url");
      email = contact.string("email");
      contact.reportUnread();
    }
    Info out =
        new Info(
            title,
            info.text("description"),
            info.string("version"),
            name,
            url,
            email,
            info.string("termsOfService"),
            info.extensions());
    info.reportUnread();
    return out;
  }

  private Map<String, Schema> definitions(Fields root) {
    Fields defs = root.object("definitions");
    if (defs == null) {
      return null;
    }
    Map<String, Schema> out = new LinkedHashMap<>();
    for (String name : defs.keys()) {
      Schema s = schemas.read(defs.raw(name), defs.at(name));
      if (s != null) {
        out.put(name, s);
      }
    }
    return out;
  }

  private void readShared(
      Fields root,
      OperationReader operations,
      Map<String, Parameter> parameters,
      Map<String, Response> responses) {
    Fields params = root.object("parameters");
    if (params != null) {
      for (String name : params.keys()) {
        Fields p = Fields.of(params.raw(name), params.at(name), SWAGGER, problems);
        Parameter read = p == null ? null : operations.inline(p, name);
        if (read != null) {
          parameters.put(name, read);
        }
      }
    }
    Fields rs = root.object("responses");
    if (rs != null) {
      for (String name : rs.keys()) {
        Fields r = Fields.of(rs.raw(name), rs.at(name), SWAGGER, problems);
        Response read = r == null ? null : operations.inline(r, null, name);
        if (read != null) {
          responses.put(name, read);
        }
      }
    }
  }

  private void pathItem(
      Fields item,
      String path,
      OperationReader operations,
      List<Operation> out,
      Map<String, Notification> notifications) {
    if (!path.startsWith("/")) {
      problems.error(SWAGGER, item.pointer(), "a path must start with '/'");
      return;
    }
    if (item.has("$ref")) {
      problems.error(SWAGGER, item.at("$ref"), "path items cannot be references in a connector");
      return;
    }
    List<Parameter> common = new ArrayList<>();
    JsonNode params = item.raw("parameters");
    if (params != null && params.isArray() && !params.isEmpty()) {
      problems.warn(
          SWAGGER,
          item.at("parameters"),
          "parameters shared by a path's operations are"
              + " imported into each operation, where the processor writes them");
      for (int i = 0; i < params.size(); i++) {
        Parameter p = operations.parameter(params.get(i), Pointer.child(item.at("parameters"), i));
        if (p != null) {
          common.add(p);
        }
      }
    }
    for (String key : item.keys()) {
      if (METHODS.contains(key)) {
        Fields op = item.object(key);
        if (op != null) {
          out.add(operations.read(op, path, key, common));
        }
      }
    }
    Fields content = item.object("x-ms-notification-content");
    if (content != null) {
      JsonNode schema = content.raw("schema");
      notifications.put(
          path,
          new Notification(
              content.pointer(),
              content.text("description"),
              schema == null ? null : schemas.read(schema, content.at("schema")),
              operations.headers(content)));
      content.reportUnread();
    }
    for (String key : item.unread()) {
      if (key.startsWith("x-")) {
        item.raw(key);
        problems.warn(
            SWAGGER,
            item.at(key),
            "\""
                + key
                + "\" on a path has no ConnectorKit"
                + " annotation, so the imported code leaves it out");
      } else {
        problems.error(
            SWAGGER,
            item.at(key),
            "\""
                + key
                + "\" is not an operation Swagger 2.0"
                + " knows (get, put, post, delete, options, head, patch)");
      }
    }
  }
}
