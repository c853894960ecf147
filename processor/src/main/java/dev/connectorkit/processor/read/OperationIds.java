package dev.connectorkit.processor.read;

import dev.connectorkit.processor.model.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every operation without an explicit id a stable, readable, unique one: the method name in
 * PascalCase ({@code getTicket} → {@code GetTicket}); where two would clash, the resource's stem
 * follows ({@code ListTickets}, {@code ListQueues}); where they still clash, a number. Explicit ids
 * are kept as written (duplicates among them are reported by a rule).
 */
final class OperationIds {
  private OperationIds() {}

  static List<Operation> assign(List<ResourceMethod> methods, List<Operation> operations) {
    Set<String> taken = new HashSet<>();
    operations.stream().map(Operation::operationId).filter(id -> id != null).forEach(taken::add);
    List<String> first = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      first.add(
          operations.get(i).operationId() != null
              ? null
              : pascal(methods.get(i).method().getSimpleName().toString()));
    }
    Map<String, Integer> firstCounts =
        ConnectorModelReader.counts(first.stream().filter(s -> s != null).toList());
    List<String> second = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      String id = first.get(i);
      boolean clash = id != null && (firstCounts.get(id) > 1 || taken.contains(id));
      second.add(clash ? id + stem(methods.get(i).resource().getSimpleName().toString()) : id);
    }
    Map<String, Integer> secondCounts =
        ConnectorModelReader.counts(second.stream().filter(s -> s != null).toList());
    Map<String, Integer> seen = new HashMap<>();
    List<Operation> out = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      Operation op = operations.get(i);
      String id = second.get(i);
      if (id == null) {
        out.add(op);
        continue;
      }
      if (secondCounts.get(id) > 1 || taken.contains(id)) {
        String base = id;
        int n = seen.getOrDefault(base, 1);
        while (taken.contains(id)) {
          id = base + ++n;
        }
        seen.put(base, n);
      }
      taken.add(id);
      out.add(op.withOperationId(id));
    }
    return out;
  }

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

  /** {@code TicketResource} → {@code Ticket}: the class name without a technical suffix. */
  static String stem(String className) {
    for (String suffix :
        List.of("Resource", "Resources", "Endpoint", "Endpoints", "Controller", "Api", "Service")) {
      if (className.endsWith(suffix) && className.length() > suffix.length()) {
        return className.substring(0, className.length() - suffix.length());
      }
    }
    return className;
  }
}
