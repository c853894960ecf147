package dev.connectorkit.importer.generate;

import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Parameter;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.model.Schema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters an operation keeps in the imported code: those the processor accepts. An original
 * that Power Platform's validator refuses too (a second body, a body on GET, a parameter named
 * connectionId, a path parameter its path does not have, a path variable without parameter) is
 * changed so that the import compiles, and every change is reported.
 */
final class AcceptedParameters {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

  private AcceptedParameters() {}

  static List<Parameter> of(Operation op, Problems problems) {
    List<String> variables = new ArrayList<>();
    Matcher m = VARIABLE.matcher(op.path());
    while (m.find()) {
      variables.add(m.group(1).strip());
    }
    boolean form = op.parameters().stream().anyMatch(p -> p.in().equals("formData"));
    boolean noBody = op.method().equals("get") || op.method().equals("head");
    List<Parameter> out = new ArrayList<>();
    boolean hasBody = false;
    for (Parameter p : op.parameters()) {
      String reason = null;
      if (p.name().equalsIgnoreCase("connectionId")) {
        reason = "Power Platform reserves the name connectionId";
      } else if (p.isBody() && (hasBody || noBody || form)) {
        reason =
            hasBody
                ? "an operation has one body"
                : noBody
                    ? "a " + op.method().toUpperCase(java.util.Locale.ROOT) + " has no body"
                    : "an operation has a body or form parameters, not both";
      } else if (p.in().equals("path") && !variables.contains(p.name())) {
        reason = "the path " + op.path() + " has no {" + p.name() + "}";
      } else if (p.in().equals("formData")
          && !StandardCharsets.US_ASCII.newEncoder().canEncode(p.name())) {
        reason = "form parameter names are US-ASCII";
      }
      if (reason != null) {
        problems.warn(
            Problems.SWAGGER,
            p.pointer(),
            reason + ", and the processor refuses" + " this parameter; it is left out");
        continue;
      }
      hasBody |= p.isBody();
      out.add(p);
    }
    for (String v : variables) {
      if (out.stream().noneMatch(p -> p.in().equals("path") && p.name().equals(v))) {
        problems.warn(
            Problems.SWAGGER,
            op.pointer(),
            "the path variable {"
                + v
                + "} has no"
                + " parameter, which the processor requires; a string parameter is added");
        out.add(
            new Parameter(
                op.pointer(),
                v,
                "path",
                null,
                true,
                null,
                null,
                null,
                null,
                Schema.ofType(op.pointer(), "string"),
                null,
                Map.of()));
      }
    }
    return out;
  }
}
