package dev.connectorkit.importer.generate;

import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Problems;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operation ids the imported code gives the processor and the Java method names: the id is left
 * to the processor (it derives {@code GetTicket} from {@code getTicket}) wherever that gives the
 * original back, and written in {@code @Action(operationId = ...)} elsewhere. Ids the processor
 * refuses (characters other than letters, digits and '_', duplicates) are changed and reported.
 */
final class OperationNames {
  private final Map<Operation, String> ids = new IdentityHashMap<>();
  private final Map<Operation, String> methods = new IdentityHashMap<>();
  private final Set<Operation> explicit =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<String> kept = new HashSet<>();
  private final Map<String, String> renamed = new HashMap<>();

  OperationNames(List<Operation> operations, Problems problems) {
    Set<String> used = new HashSet<>();
    for (Operation op : operations) {
      String original = op.operationId() == null ? "" : op.operationId();
      String id = original.replaceAll("[^A-Za-z0-9_]", "");
      if (id.isEmpty()) {
        id = JavaNames.upperCamel(op.method() + " " + op.path(), "Operation");
      }
      String unique = id;
      for (int n = 2; !used.add(unique); n++) {
        unique = id + n;
      }
      if (!unique.equals(original)) {
        problems.warn(
            Problems.SWAGGER,
            op.pointer() + "/operationId",
            "\""
                + original
                + "\" is not an operationId the processor accepts (letters, digits and '_',"
                + " unique); imported as "
                + unique);
      } else {
        kept.add(unique);
      }
      // Another operation may refer to the original id; null marks an id two operations share.
      renamed.merge(original, unique, (a, b) -> "");
      ids.put(op, unique);
    }
    Map<String, Integer> derivedCounts = new HashMap<>();
    for (Operation op : operations) {
      String method = JavaNames.lowerCamel(ids.get(op), "operation");
      methods.put(op, method);
      derivedCounts.merge(pascal(method), 1, Integer::sum);
    }
    for (Operation op : operations) {
      String derived = pascal(methods.get(op));
      if (!derived.equals(ids.get(op)) || derivedCounts.get(derived) > 1) {
        explicit.add(op);
      }
    }
  }

  /** The operationId the imported code has. */
  String id(Operation op) {
    return ids.get(op);
  }

  /** Whether an original operationId is kept as it is, so that others can refer to it. */
  boolean isKept(String operationId) {
    return kept.contains(operationId);
  }

  /**
   * The id the imported code gives the operation an original operationId names, or null when no
   * operation, or more than one, has that id.
   */
  String importedId(String operationId) {
    String id = renamed.get(operationId);
    return id == null || id.isEmpty() ? null : id;
  }

  /** The Java method name (unique per class is the caller's concern). */
  String method(Operation op) {
    return methods.get(op);
  }

  /** Whether {@code @Action(operationId = ...)} must say the id. */
  boolean needsExplicitId(Operation op) {
    return explicit.contains(op);
  }

  /** The processor's id for a method name ({@code OperationIds.pascal}). */
  static String pascal(String name) {
    StringBuilder sb = new StringBuilder();
    boolean upper = true;
    for (char c : name.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
        continue;
      }
      sb.append(upper ? Character.toUpperCase(c) : c);
      upper = false;
    }
    return sb.toString();
  }

  /** Marks a method name changed by its class (to stay unique) as needing an explicit id. */
  void renamed(Operation op, String method) {
    methods.put(op, method);
    explicit.add(op);
  }
}
