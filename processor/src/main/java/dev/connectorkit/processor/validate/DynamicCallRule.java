package dev.connectorkit.processor.validate;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import dev.connectorkit.processor.model.Operation;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Parameter;
import dev.connectorkit.processor.model.ParameterLocation;
import dev.connectorkit.processor.model.ParameterRef;
import dev.connectorkit.processor.model.Response;
import dev.connectorkit.processor.model.Schema;
import dev.connectorkit.processor.model.SourcedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calls that dynamic extensions make, wherever they sit in an operation's parameters, body and
 * responses, and the call that simulates a trigger: the arguments name parameters of the called
 * operation, references name parameters of the calling one (a path string into a body must exist in
 * it), required parameters are passed, and the paths point into the called operation's response
 * where its type is known.
 */
final class DynamicCallRule implements ConnectorRule {
  private static final List<String> KEYS =
      List.of(
          "x-ms-dynamic-values",
          "x-ms-dynamic-list",
          "x-ms-dynamic-schema",
          "x-ms-dynamic-properties");
  private static final String CONTEXT = "x-ms-operation-context";

  @Override
  public void check(ConnectorModel model, Diagnostics diagnostics) {
    Checker checker = new Checker(model, diagnostics);
    for (Operation op : model.operations()) {
      List<Schema> roots = new ArrayList<>();
      op.parameters().forEach(p -> roots.add(p.schema()));
      op.responses().stream().map(Response::schema).forEach(roots::add);
      Set<Schema> seen = SchemaPaths.visited();
      for (Schema root : roots) {
        checker.walk(root, op, seen);
      }
      if (op.extensions().get(CONTEXT) instanceof Map<?, ?> context
          && context.get("simulate") instanceof Map<?, ?> simulate) {
        checker.check(CONTEXT, simulate, op);
      }
    }
  }

  /** Checks the calls of one connector, reporting each problem once. */
  private static final class Checker {
    private final ConnectorModel model;
    private final Diagnostics diagnostics;
    private final SchemaPaths paths;
    private final OperationIndex index;
    private final DefinitionReach calls;
    private final Set<List<Object>> reported = new HashSet<>();

    Checker(ConnectorModel model, Diagnostics diagnostics) {
      this.model = model;
      this.diagnostics = diagnostics;
      this.paths = new SchemaPaths(model);
      this.index = new OperationIndex(model);
      this.calls =
          new DefinitionReach(model.definitions(), DynamicCallRule::hasCall, SchemaPaths::parts);
    }

    /** Checks the calls in a schema and its parts, following definitions once. */
    void walk(Schema s, Operation op, Set<Schema> seen) {
      if (s == null) {
        return;
      }
      if (s.isRef()) {
        if (!calls.reachesRef(s.ref())) {
          return; // no call anywhere in that definition or what it refers to
        }
        Schema target = paths.resolve(s);
        if (target != null && seen.add(target)) {
          walk(target, op, seen);
        }
        return;
      }
      if (s.extensions() != null) {
        for (String key : KEYS) {
          if (s.extensions().get(key) instanceof Map<?, ?> call) {
            check(key, call, op);
          }
        }
        if (s.extensions().get("x-ms-dynamic-tree") instanceof Map<?, ?> tree) {
          for (String part : List.of("open", "browse")) {
            if (tree.get(part) instanceof Map<?, ?> call) {
              check("x-ms-dynamic-tree", call, op);
            }
          }
        }
      }
      for (Schema part : SchemaPaths.parts(s)) {
        walk(part, op, seen);
      }
    }

    void check(String key, Map<?, ?> call, Operation op) {
      if (!(call.get("operationId") instanceof OperationRef ref)) {
        return;
      }
      Operation target = index.resolve(ref);
      Set<String> passed = new HashSet<>();
      if (call.get("parameters") instanceof Map<?, ?> args) {
        for (Map.Entry<?, ?> e : args.entrySet()) {
          String name = first((String) e.getKey());
          passed.add(name);
          boolean known =
              target == null || target.parameters().stream().anyMatch(p -> p.name().equals(name));
          if (!known) {
            report(
                Message.DYNAMIC_PARAMETER_UNKNOWN,
                origin(args, name, ref.origin()),
                key,
                name,
                target.operationId(),
                names(target.parameters()));
          }
          if (e.getValue() instanceof Map<?, ?> v) {
            for (Object r : v.values()) {
              if (r instanceof ParameterRef reference && !refersToParameter(reference, op)) {
                report(
                    Message.DYNAMIC_REFERENCE_UNKNOWN,
                    reference.origin(),
                    key,
                    reference.written(),
                    names(op.parameters()));
              }
            }
          }
        }
      }
      if (target == null) {
        return;
      }
      for (Parameter p : target.parameters()) {
        boolean hasDefault = p.schema() != null && p.schema().defaultValue() != null;
        if (p.required() && !hasDefault && !passed.contains(p.name())) {
          report(
              Message.DYNAMIC_REQUIRED_MISSING,
              ref.origin(),
              key,
              target.operationId(),
              p.name(),
              p.name());
        }
      }
      checkPaths(key, call, target, ref);
    }

    /**
     * Whether a reference names a parameter of the operation: a name, in version 1 also a property
     * of the body; in a path string, a parameter and a path that exists in it.
     */
    private boolean refersToParameter(ParameterRef r, Operation op) {
      String[] steps = r.written().split("/", 2);
      for (Parameter p : op.parameters()) {
        if (p.name().equals(steps[0])) {
          return steps.length == 1
              || paths.at(p.schema(), steps[1]) != null
              || paths.isOpen(p.schema());
        }
      }
      if (!r.path()) {
        for (Parameter p : op.parameters()) {
          Schema body = p.location() == ParameterLocation.BODY ? paths.resolve(p.schema()) : null;
          if (body != null
              && body.properties() != null
              && body.properties().containsKey(r.written())) {
            return true;
          }
        }
      }
      return false;
    }

    private void checkPaths(String key, Map<?, ?> call, Operation target, OperationRef ref) {
      Schema body = paths.successBody(target);
      if (key.equals(CONTEXT) || body == null || paths.isOpen(body)) {
        return;
      }
      String collectionKey =
          switch (key) {
            case "x-ms-dynamic-values" -> "value-collection";
            case "x-ms-dynamic-list", "x-ms-dynamic-tree" -> "itemsPath";
            default -> null;
          };
      String collection = string(call, collectionKey);
      Schema items = paths.at(body, collection);
      if (items == null) {
        report(
            Message.DYNAMIC_PATH_UNKNOWN,
            origin(call, collectionKey, ref.origin()),
            key,
            collection,
            target.operationId(),
            "its response type");
        return;
      }
      if (paths.isOpen(items)) {
        return;
      }
      List<String> itemKeys =
          switch (key) {
            case "x-ms-dynamic-values" -> List.of("value-path", "value-title");
            case "x-ms-dynamic-list" -> List.of("itemValuePath", "itemTitlePath");
            case "x-ms-dynamic-tree" ->
                List.of("itemValuePath", "itemTitlePath", "itemFullTitlePath");
            case "x-ms-dynamic-schema" -> List.of("value-path");
            default -> List.of("itemValuePath");
          };
      for (String k : itemKeys) {
        String path = string(call, k);
        if (path != null && paths.at(items, path) == null) {
          report(
              Message.DYNAMIC_PATH_UNKNOWN,
              origin(call, k, ref.origin()),
              key,
              path,
              target.operationId(),
              describe(paths.item(items)));
        }
      }
    }

    private void report(Message message, Origin origin, Object... args) {
      if (reported.add(List.of(message, origin, Arrays.asList(args)))) {
        diagnostics.report(message, origin, args);
      }
    }
  }

  /** Whether a schema makes a dynamic call itself. */
  private static boolean hasCall(Schema s) {
    if (s.extensions() == null) {
      return false;
    }
    for (String key : KEYS) {
      if (s.extensions().get(key) instanceof Map<?, ?>) {
        return true;
      }
    }
    return s.extensions().get("x-ms-dynamic-tree") instanceof Map<?, ?>;
  }

  /** The properties an item offers, for the message: {@code its items' properties [id, name]}. */
  private static String describe(Schema items) {
    return items == null || items.properties() == null
        ? "its items"
        : "its items' properties " + new ArrayList<>(items.properties().keySet());
  }

  private static Origin origin(Map<?, ?> map, String key, Origin fallback) {
    return map instanceof SourcedMap m && key != null ? m.origin(key, fallback) : fallback;
  }

  private static Set<String> names(List<Parameter> parameters) {
    Set<String> out = new TreeSet<>();
    parameters.forEach(p -> out.add(p.name()));
    return out;
  }

  private static String string(Map<?, ?> call, String key) {
    return key != null && call.get(key) instanceof String s ? s : null;
  }

  private static String first(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }
}
