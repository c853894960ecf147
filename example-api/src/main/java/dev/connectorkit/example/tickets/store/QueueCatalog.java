package dev.connectorkit.example.tickets.store;

import dev.connectorkit.example.tickets.model.Assignee;
import dev.connectorkit.example.tickets.model.FieldProperty;
import dev.connectorkit.example.tickets.model.FieldSchema;
import dev.connectorkit.example.tickets.model.Queue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The help desk's reference data: its queues, the agents of each queue and each queue's custom
 * fields. Fixed in code, as a real deployment would load it from its configuration.
 */
public final class QueueCatalog {
  private final List<Queue> queues =
      List.of(
          new Queue("facilities", "Facilities"),
          new Queue("hr", "Human resources"),
          new Queue("it", "IT"));
  private final Map<String, List<Assignee>> agents =
      Map.of(
          "it",
          List.of(
              new Assignee("ada@contoso.com", "Ada Lovelace"),
              new Assignee("grace@contoso.com", "Grace Hopper")),
          "facilities",
          List.of(
              new Assignee("alan@contoso.com", "Alan Turing"),
              new Assignee("grace@contoso.com", "Grace Hopper")),
          "hr",
          List.of(new Assignee("frances@contoso.com", "Frances Allen")));
  private final Map<String, List<CustomField>> fields =
      Map.of(
          "it",
          List.of(
              new CustomField(
                  "assetTag", "Asset tag", "The tag on the device.", List.of(), null, false),
              new CustomField(
                  "operatingSystem",
                  "Operating system",
                  "The device's operating system.",
                  List.of("windows", "macos", "linux"),
                  null,
                  false)),
          "facilities",
          List.of(
              new CustomField(
                  "building", "Building", "The building the problem is in.", List.of(), null, true),
              new CustomField(
                  "floor",
                  "Floor",
                  "The floor the problem is on, as a number.",
                  List.of(),
                  "^-?[0-9]{1,3}$",
                  false)),
          "hr",
          List.of(
              new CustomField(
                  "employeeId",
                  "Employee ID",
                  "The employee's staff number.",
                  List.of(),
                  null,
                  false),
              new CustomField(
                  "confidential",
                  "Confidential",
                  "Whether only HR may read the ticket.",
                  List.of("yes", "no"),
                  null,
                  false)));

  /** All queues, by name. */
  public List<Queue> queues() {
    return queues;
  }

  /** The queue with that ID. */
  public Optional<Queue> queue(String id) {
    return queues.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** The agents of one queue, or of every queue when {@code queue} is null, by name. */
  public List<Assignee> agents(String queue) {
    List<Assignee> out = new ArrayList<>();
    for (Queue q : queues) {
      if (queue == null || q.id().equals(queue)) {
        for (Assignee a : agents.getOrDefault(q.id(), List.of())) {
          if (!out.contains(a)) {
            out.add(a);
          }
        }
      }
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }

  /** Whether the agent with that e-mail address works on the queue. */
  public boolean isAgentOf(String email, String queue) {
    return agents.getOrDefault(queue, List.of()).stream().anyMatch(a -> a.email().equals(email));
  }

  /** The custom fields of a queue. */
  public List<CustomField> fields(String queue) {
    return fields.getOrDefault(queue, List.of());
  }

  /** The custom fields of a queue as a JSON schema of type object. */
  public FieldSchema fieldSchema(String queue) {
    Map<String, FieldProperty> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (CustomField f : fields(queue)) {
      properties.put(f.name(), f.schema());
      if (f.required()) {
        required.add(f.name());
      }
    }
    return new FieldSchema("object", properties, required.isEmpty() ? null : required);
  }

  /** What is wrong with custom field values for a queue, or empty if nothing is. */
  public Optional<String> checkFields(String queue, Map<String, String> values) {
    Map<String, String> given = values == null ? Map.of() : values;
    for (String name : given.keySet()) {
      if (fields(queue).stream().noneMatch(f -> f.name().equals(name))) {
        return Optional.of("Queue " + queue + " has no custom field " + name + ".");
      }
    }
    for (CustomField f : fields(queue)) {
      String value = given.get(f.name());
      if (value == null && f.required()) {
        return Optional.of("Custom field " + f.name() + " is required in queue " + queue + ".");
      }
      if (value != null && !f.accepts(value)) {
        String rule =
            !f.allowed().isEmpty()
                ? "one of " + f.allowed()
                : f.pattern() != null
                    ? "text matching " + f.pattern()
                    : "text of at most 200 characters";
        return Optional.of("Custom field " + f.name() + " must be " + rule + ".");
      }
    }
    return Optional.empty();
  }
}
