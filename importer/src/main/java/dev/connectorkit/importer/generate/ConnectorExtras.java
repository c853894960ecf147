package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import dev.connectorkit.importer.model.ImportedConnector;
import dev.connectorkit.importer.model.Operation;
import dev.connectorkit.importer.model.Parameter;
import dev.connectorkit.importer.model.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The connector-level keys beyond info and host: {@code x-ms-connector-metadata} (website, privacy
 * policy, categories), {@code info}'s status, keywords and deployment version, the test connection,
 * the Copilot manifest, custom code, and the rest of the root's {@code x-} keys raw.
 */
final class ConnectorExtras {
  private static final Map<String, String> CATEGORIES = categories();

  private final ImportedConnector c;
  private final Problems problems;
  private final Map<String, JsonNode> root;

  ConnectorExtras(ImportedConnector c, Problems problems) {
    this.c = c;
    this.problems = problems;
    this.root = new LinkedHashMap<>(c.rootExtensions());
  }

  /** Website, privacy policy and categories, when the metadata is exactly what they write. */
  void metadata(AnnotationSpec.Builder a) {
    JsonNode m = root.get("x-ms-connector-metadata");
    if (m == null || !m.isArray()) {
      return;
    }
    List<String> order = List.of("Website", "Privacy policy", "Categories");
    int last = -1;
    Map<String, String> values = new LinkedHashMap<>();
    for (JsonNode e : m) {
      String name = AuthAnnotations.text(e, "propertyName");
      String value = AuthAnnotations.text(e, "propertyValue");
      int at = order.indexOf(name);
      if (e.size() != 2 || value == null || value.isEmpty() || at <= last) {
        return;
      }
      last = at;
      values.put(name, value);
    }
    List<String> categories = new ArrayList<>();
    if (values.containsKey("Categories")) {
      for (String cat : values.get("Categories").split(";", -1)) {
        if (!CATEGORIES.containsKey(cat) || categories.contains(cat)) {
          return;
        }
        categories.add(cat);
      }
      if (categories.size() > 2) {
        return;
      }
    }
    Annotations.string(a, "website", values.get("Website"), null);
    Annotations.string(a, "privacyPolicy", values.get("Privacy policy"), null);
    if (!categories.isEmpty()) {
      for (String category : categories) {
        a.addMember("categories", "$T.$L", Annotations.ck("Category"), CATEGORIES.get(category));
      }
    }
    root.remove("x-ms-connector-metadata");
  }

  /** {@code info}'s release status, keywords and deployment version. */
  void info(AnnotationSpec.Builder a) {
    for (Map.Entry<String, JsonNode> e : c.info().extensions().entrySet()) {
      JsonNode v = e.getValue();
      boolean done =
          switch (e.getKey()) {
            case "x-ms-api-annotation" -> {
              String status = AuthAnnotations.text(v, "status");
              boolean ok =
                  v.size() == 1 && ("Preview".equals(status) || "Production".equals(status));
              if (ok) {
                a.addMember(
                    "status",
                    "$T.$L",
                    Annotations.ck("ReleaseStatus"),
                    status.toUpperCase(Locale.ROOT));
              }
              yield ok;
            }
            case "x-ms-keywords" -> {
              List<String> words = new ArrayList<>();
              v.forEach(w -> words.add(w.asText()));
              boolean ok = v.isArray() && !v.isEmpty() && words.size() == v.size();
              if (ok) {
                Annotations.strings(a, "keywords", words);
              }
              yield ok;
            }
            case "x-ms-deployment-version" -> {
              boolean ok = v.isTextual() && !v.asText().isEmpty();
              if (ok) {
                a.addMember("deploymentVersion", "$S", v.asText());
              }
              yield ok;
            }
            default -> false;
          };
      if (!done) {
        problems.warn(
            Problems.SWAGGER,
            "/info/" + e.getKey(),
            "has no annotation in this form;" + " it is left out");
      }
    }
  }

  /**
   * The operation and arguments of {@code x-ms-capabilities.testConnection} when
   * {@code @TestConnection} writes exactly it; the capability is then taken from the raw root keys.
   */
  Map<String, AnnotationSpec> testConnection(OperationNames names) {
    JsonNode caps = root.get("x-ms-capabilities");
    JsonNode test = caps == null ? null : caps.get("testConnection");
    if (test == null
        || caps.size() != 1
        || !DynamicAnnotations.hasOnly(test, Set.of("operationId", "parameters"))
        || !test.path("parameters").isObject()) {
      return Map.of();
    }
    String id = AuthAnnotations.text(test, "operationId");
    Operation op =
        c.operations().stream()
            .filter(o -> id != null && id.equals(o.operationId()))
            .findFirst()
            .orElse(null);
    if (op == null || !names.isKept(id) || !op.method().equals("get")) {
      return Map.of();
    }
    JsonNode literals = test.get("parameters");
    for (Parameter p : op.parameters()) {
      boolean required = p.in().equals("path") || p.isBody() || Boolean.TRUE.equals(p.required());
      if (required && p.schema().defaultValue() == null && !literals.has(p.name())) {
        return Map.of();
      }
    }
    AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck("TestConnection"));
    List<AnnotationSpec> args = new ArrayList<>();
    literals
        .properties()
        .forEach(
            e ->
                args.add(
                    AnnotationSpec.builder(Annotations.ck("Arg"))
                        .addMember("name", "$S", e.getKey())
                        .addMember(
                            e.getValue().isTextual() ? "value" : "json",
                            "$S",
                            e.getValue().isTextual()
                                ? e.getValue().asText()
                                : e.getValue().toString())
                        .build()));
    if (!args.isEmpty()) {
      Annotations.annotations(b, "parameters", args);
    }
    root.remove("x-ms-capabilities");
    return Map.of(id, b.build());
  }

  /** {@code @CustomCode} for {@code scriptOperations}. */
  List<AnnotationSpec> customCode(OperationNames names) {
    List<String> ops = c.properties().scriptOperations();
    if (ops == null) {
      return List.of();
    }
    List<String> kept = new ArrayList<>();
    for (String op : ops) {
      if (names.isKept(op)) {
        kept.add(op);
      } else {
        problems.warn(
            Problems.PROPERTIES,
            "/properties/scriptOperations",
            "\"" + op + "\" is" + " not an operation of the connector; it is left out");
      }
    }
    AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck("CustomCode"));
    if (!kept.isEmpty()) {
      Annotations.strings(b, "operations", kept);
    }
    return List.of(b.build());
  }

  /** The Copilot manifest and every other root key, raw. */
  List<AnnotationSpec> rootExtensions() {
    List<AnnotationSpec> out = new ArrayList<>();
    JsonNode manifest = root.get("x-ms-openai-manifest");
    Set<String> keys = Set.of("humanName", "modelDescription", "contactEmail", "legalUrl");
    if (manifest != null && DynamicAnnotations.hasOnly(manifest, keys) && manifest.size() == 4) {
      AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck("OpenAiManifest"));
      keys.stream().sorted().forEach(k -> b.addMember(k, "$S", manifest.get(k).asText()));
      out.add(b.build());
      root.remove("x-ms-openai-manifest");
    }
    for (Map.Entry<String, JsonNode> e : root.entrySet()) {
      out.add(ValueAnnotations.raw(e.getKey(), e.getValue()));
      problems.warn(
          Problems.SWAGGER,
          "/" + e.getKey(),
          "is written raw with @Extension: no" + " ConnectorKit annotation says it in this form");
    }
    return out;
  }

  private static Map<String, String> categories() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name :
        List.of(
            "AI",
            "Business Management",
            "Business Intelligence",
            "Collaboration",
            "Commerce",
            "Communication",
            "Content and Files",
            "Finance",
            "Data",
            "Human Resources",
            "Internet of Things",
            "IT Operations",
            "Lifestyle and Entertainment",
            "Marketing",
            "Productivity",
            "Sales and CRM",
            "Security",
            "Social Media",
            "Website")) {
      out.put(name, name.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
    return out;
  }
}
