package dev.connectorkit.processor.read;

import static dev.connectorkit.processor.read.AnnotationValues.find;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.OperationRef;
import dev.connectorkit.processor.model.Origin;
import dev.connectorkit.processor.model.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @Policy} annotations into policy template instances, checking the template id and
 * its required parameters against the templates Power Platform documents.
 */
final class PolicyReader {
  static final String PREFIX = "x-ms-apimTemplateParameter.";

  /** Template id → required parameters (EXTENSIONS.md section 3 and the certified corpus). */
  static final Map<String, List<String>> TEMPLATES = templates();

  private final AnnotationValues values;
  private final Diagnostics diagnostics;
  private final SecretCheck secrets;

  PolicyReader(AnnotationValues values, Diagnostics diagnostics) {
    this.values = values;
    this.diagnostics = diagnostics;
    this.secrets = new SecretCheck(diagnostics);
  }

  /** The policies of a connector; {@code connectorId} names it in messages. */
  List<Policy> read(TypeElement connector, String connectorId) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    find(connector, Names.CK + "Policy").ifPresent(mirrors::add);
    find(connector, Names.CK + "Policies")
        .ifPresent(c -> mirrors.addAll(values.annotations(c, "value")));
    List<Policy> out = new ArrayList<>();
    for (AnnotationMirror a : mirrors) {
      Origin at = Origin.of(connector, a);
      String template = values.string(a, "template");
      Map<String, Object> parameters = new LinkedHashMap<>();
      for (AnnotationMirror p : values.annotations(a, "parameters")) {
        String json = values.string(p, "json");
        String name = values.string(p, "name");
        Origin pAt = Origin.of(connector, p);
        // A literal header or query value must not be a key: take it from a connection parameter.
        secrets.check(PREFIX + name, values.string(p, "value"), pAt.member("value"), connectorId);
        parameters.put(
            PREFIX + name,
            json.isEmpty()
                ? values.string(p, "value")
                : JsonLiterals.parse(json, pAt.member("json"), diagnostics));
      }
      // Template ids are matched regardless of case, as the platform does ("SetProperty").
      String known =
          TEMPLATES.keySet().stream()
              .filter(t -> t.equalsIgnoreCase(template))
              .findFirst()
              .orElse(null);
      if (known == null) {
        diagnostics.report(
            Message.UNKNOWN_POLICY_TEMPLATE,
            at.member("template"),
            template,
            String.join(", ", TEMPLATES.keySet()));
      } else {
        for (String required : TEMPLATES.get(known)) {
          if (!parameters.containsKey(PREFIX + required)) {
            diagnostics.report(
                Message.POLICY_PARAMETER_MISSING,
                at.member("parameters"),
                template,
                required,
                required);
          }
        }
      }
      List<OperationRef> operations = new ArrayList<>();
      for (String op : values.strings(a, "operations")) {
        operations.add(new OperationRef(op, at.memberItem("operations", op::equals)));
      }
      String section = values.string(a, "section");
      String type = values.string(a, "type");
      out.add(
          new Policy(
              template,
              values.string(a, "title"),
              type.isEmpty() ? null : type,
              operations,
              section.isEmpty() ? null : section,
              parameters,
              at));
    }
    return out;
  }

  private static Map<String, List<String>> templates() {
    Map<String, List<String>> t = new LinkedHashMap<>();
    t.put("dynamichosturl", List.of("urlTemplate"));
    t.put("setheader", List.of("name", "value"));
    t.put("routerequesttoendpoint", List.of("newPath"));
    t.put("setqueryparameter", List.of("name", "value"));
    t.put("pollingtrigger", List.of("triggerConfig", "triggerDataPath"));
    t.put(
        "setproperty",
        List.of(
            "newPropertyParentPathTemplate",
            "newPropertySubPathTemplate",
            "propertyValuePathTemplate"));
    t.put("updatenextlink", List.of("nextLinkPropertyName"));
    for (String other :
        List.of(
            "convertobjecttoarray",
            "convertarraytoobject",
            "setvaluefromurl",
            "stringreplace",
            "stringtoarray",
            "encodepropertyvalue",
            "dynamicsubdomain",
            "moveproperties",
            "setconnectionstatustounauthenticated")) {
      t.put(other, List.of());
    }
    return t;
  }
}
