package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import dev.connectorkit.importer.model.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code @Policy} for each policy template instance, in the original order (the annotations derive
 * none: {@code @Pageable} and {@code @Polling} are imported without theirs).
 */
final class PolicyAnnotations {
  private static final String PARAMETER = "x-ms-apimTemplateParameter.";
  private static final String OPERATIONS = "x-ms-apimTemplate-operationName";
  private static final String SECTION = "x-ms-apimTemplate-policySection";

  /** The templates the processor knows, and the parameters each needs. */
  private static final Map<String, List<String>> TEMPLATES =
      Map.ofEntries(
          Map.entry("dynamichosturl", List.of("urlTemplate")),
          Map.entry("setheader", List.of("name", "value")),
          Map.entry("routerequesttoendpoint", List.of("newPath")),
          Map.entry("setqueryparameter", List.of("name", "value")),
          Map.entry("pollingtrigger", List.of("triggerConfig", "triggerDataPath")),
          Map.entry(
              "setproperty",
              List.of(
                  "newPropertyParentPathTemplate",
                  "newPropertySubPathTemplate",
                  "propertyValuePathTemplate")),
          Map.entry("updatenextlink", List.of("nextLinkPropertyName")),
          Map.entry("convertobjecttoarray", List.of()),
          Map.entry("convertarraytoobject", List.of()),
          Map.entry("setvaluefromurl", List.of()),
          Map.entry("stringreplace", List.of()),
          Map.entry("stringtoarray", List.of()),
          Map.entry("encodepropertyvalue", List.of()),
          Map.entry("dynamicsubdomain", List.of()),
          Map.entry("moveproperties", List.of()),
          Map.entry("setconnectionstatustounauthenticated", List.of()));

  private final Problems problems;
  private final OperationNames names;

  PolicyAnnotations(Problems problems, OperationNames names) {
    this.problems = problems;
    this.names = names;
  }

  List<AnnotationSpec> of(JsonNode policies) {
    List<AnnotationSpec> out = new ArrayList<>();
    if (policies == null) {
      return out;
    }
    if (!policies.isArray()) {
      problems.warn(
          Problems.PROPERTIES,
          "/properties/policyTemplateInstances",
          "must be an" + " array; it is left out");
      return out;
    }
    for (int i = 0; i < policies.size(); i++) {
      AnnotationSpec a = policy(policies.get(i), "/properties/policyTemplateInstances/" + i);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  private AnnotationSpec policy(JsonNode p, String pointer) {
    String template = AuthAnnotations.text(p, "templateId");
    if (template == null || !TEMPLATES.containsKey(template.toLowerCase(java.util.Locale.ROOT))) {
      problems.warn(
          Problems.PROPERTIES,
          pointer,
          "template \""
              + template
              + "\" is not one the"
              + " processor knows; the policy is left out");
      return null;
    }
    if (!DynamicAnnotations.hasOnly(p, Set.of("templateId", "title", "type", "parameters"))) {
      problems.warn(
          Problems.PROPERTIES,
          pointer,
          "only templateId, title, type and parameters"
              + " of a policy can be said; the rest is left out");
    }
    AnnotationSpec.Builder b =
        AnnotationSpec.builder(Annotations.ck("Policy")).addMember("template", "$S", template);
    String title = AuthAnnotations.text(p, "title");
    b.addMember("title", "$S", title == null ? "" : title);
    if (title == null) {
      problems.warn(Problems.PROPERTIES, pointer, "has no title; the processor writes \"\"");
    }
    List<String> present = new ArrayList<>();
    List<AnnotationSpec> parameters = new ArrayList<>();
    JsonNode params = p.path("parameters");
    for (Map.Entry<String, JsonNode> e : params.properties()) {
      String key = e.getKey();
      JsonNode v = e.getValue();
      if (key.equals(OPERATIONS) && v.isArray() && !v.isEmpty()) {
        List<String> ops = new ArrayList<>();
        for (JsonNode op : v) {
          String id = op.isTextual() ? names.importedId(op.asText()) : null;
          if (id != null) {
            // The policy keeps its scope when the import changes the operation's id.
            ops.add(id);
            if (!id.equals(op.asText())) {
              problems.warn(
                  Problems.PROPERTIES,
                  pointer + "/parameters/" + OPERATIONS,
                  op + " is the operation the import names " + id + "; the policy names it so");
            }
          } else {
            problems.warn(
                Problems.PROPERTIES,
                pointer + "/parameters/" + OPERATIONS,
                op + " is not an operation of the connector; it is left out");
          }
        }
        if (!ops.isEmpty()) {
          Annotations.strings(b, "operations", ops);
        }
      } else if (key.equals(SECTION) && v.isTextual()) {
        b.addMember("section", "$S", v.asText());
      } else if (key.startsWith(PARAMETER)) {
        String name = key.substring(PARAMETER.length());
        present.add(name);
        parameters.add(
            AnnotationSpec.builder(Annotations.ck("PolicyParameter"))
                .addMember("name", "$S", name)
                .addMember(
                    v.isTextual() ? "value" : "json",
                    "$S",
                    v.isTextual() ? v.asText() : v.toString())
                .build());
      } else {
        problems.warn(
            Problems.PROPERTIES,
            pointer + "/parameters/" + key,
            "has no annotation;" + " it is left out");
      }
    }
    if (!present.containsAll(TEMPLATES.get(template.toLowerCase(java.util.Locale.ROOT)))) {
      problems.warn(
          Problems.PROPERTIES,
          pointer,
          "lacks a parameter the "
              + template
              + " template needs, which the processor refuses; the policy is left out");
      return null;
    }
    if (!parameters.isEmpty()) {
      Annotations.annotations(b, "parameters", parameters);
    }
    Annotations.string(b, "type", AuthAnnotations.text(p, "type"), "");
    return b.build();
  }
}
