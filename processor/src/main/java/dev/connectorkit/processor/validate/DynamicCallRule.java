package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.ParameterLocation;
import dev.connectorkit.processor.model.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls that dynamic extensions make: the arguments name parameters of the called operation,
 * references name parameters of the calling one, required parameters are passed, and the paths
 * point into the called operation's response where its type is known.
 */
final class DynamicCallRule implements ConnectorRule {
  private static final List<String> KEYS = List.of("x-ms-dynamic-values", "x-ms-dynamic-list",
      "x-ms-dynamic-schema", "x-ms-dynamic-properties");

  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    SchemaPaths paths = new SchemaPaths(model);
    OperationIndex index = new OperationIndex(model);
    for (Operation op : model.operations()) {
      Set<String> local = new HashSet<>();
      for (Parameter p : op.parameters()) {
        local.add(p.name());
        Schema body = p.location() == ParameterLocation.BODY ? paths.resolve(p.schema()) : null;
        if (body != null && body.properties() != null) {
          local.addAll(body.properties().keySet());
        }
      }
      for (Parameter p : op.parameters()) {
        List<Schema> schemas = new ArrayList<>();
        schemas.add(p.schema());
        Schema body = p.location() == ParameterLocation.BODY ? paths.resolve(p.schema()) : null;
        if (body != null) {
          schemas.add(body);
          if (body.properties() != null) {
            schemas.addAll(body.properties().values());
          }
        }
        for (Schema s : schemas) {
          if (s != null && s.extensions() != null) {
            for (String key : KEYS) {
              if (s.extensions().get(key) instanceof Map<?, ?> call) {
                check(key, call, local, index, paths, diagnostics);
              }
            }
          }
        }
      }
    }
  }

  private void check(String key, Map<?, ?> call, Set<String> local, OperationIndex index,
      SchemaPaths paths, Diagnostics diagnostics) {
    if (!(call.get("operationId") instanceof OperationRef ref)) {
      return;
    }
    Operation target = index.resolve(ref);
    if (target == null) {
      return;
    }
    List<String> targetParams = target.parameters().stream().map(Parameter::name).toList();
    Set<String> passed = new HashSet<>();
    if (call.get("parameters") instanceof Map<?, ?> args) {
      for (Map.Entry<?, ?> e : args.entrySet()) {
        String name = first((String) e.getKey());
        passed.add(name);
        if (!targetParams.contains(name)) {
          diagnostics.report(Message.DYNAMIC_PARAMETER_UNKNOWN, ref.origin(), key, name,
              target.operationId(), targetParams);
        }
        String reference = reference(e.getValue());
        if (reference != null && !local.contains(first(reference))) {
          diagnostics.report(Message.DYNAMIC_REFERENCE_UNKNOWN, ref.origin(), key, reference,
              local.stream().sorted().toList());
        }
      }
    }
    for (Parameter p : target.parameters()) {
      boolean hasDefault = p.schema() != null && p.schema().defaultValue() != null;
      if (p.required() && !hasDefault && !passed.contains(p.name())) {
        diagnostics.report(Message.DYNAMIC_REQUIRED_MISSING, ref.origin(), key,
            target.operationId(), p.name(), p.name());
      }
    }
    checkPaths(key, call, target, paths, ref, diagnostics);
  }

  private void checkPaths(String key, Map<?, ?> call, Operation target, SchemaPaths paths,
      OperationRef ref, Diagnostics diagnostics) {
    Schema body = paths.successBody(target);
    if (body == null || paths.isOpen(body)) {
      return;
    }
    String collection = string(call, key.equals("x-ms-dynamic-values") ? "value-collection"
        : key.equals("x-ms-dynamic-list") ? "itemsPath" : null);
    Schema items = paths.at(body, collection);
    if (items == null) {
      diagnostics.report(Message.DYNAMIC_PATH_UNKNOWN, ref.origin(), key, collection,
          target.operationId(), "its response type");
      return;
    }
    if (paths.isOpen(items)) {
      return;
    }
    List<String> itemKeys = switch (key) {
      case "x-ms-dynamic-values" -> List.of("value-path", "value-title");
      case "x-ms-dynamic-list" -> List.of("itemValuePath", "itemTitlePath");
      case "x-ms-dynamic-schema" -> List.of("value-path");
      default -> List.of("itemValuePath");
    };
    for (String k : itemKeys) {
      String path = string(call, k);
      if (path != null && paths.at(items, path) == null) {
        diagnostics.report(Message.DYNAMIC_PATH_UNKNOWN, ref.origin(), key, path,
            target.operationId(), k);
      }
    }
  }

  private static String reference(Object value) {
    if (value instanceof Map<?, ?> m) {
      Object r = m.containsKey("parameter") ? m.get("parameter") : m.get("parameterReference");
      return r instanceof String s ? s : null;
    }
    return null;
  }

  private static String string(Map<?, ?> call, String key) {
    return key != null && call.get(key) instanceof String s ? s : null;
  }

  private static String first(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }
}
