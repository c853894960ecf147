package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.connectorkit.importer.model.ImportedConnector;
import dev.connectorkit.importer.model.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The {@code @Connector} class: a JAX-RS {@code Application} at the base path, with the info, host,
 * media types, metadata, brand colour, publisher, capabilities and sections of the original, its
 * authentication, connection parameters, policies, custom-code operations and root extensions.
 */
final class ConnectorGenerator {
  private static final List<String> SECTIONS =
      List.of(
          "consumes",
          "produces",
          "definitions",
          "parameters",
          "responses",
          "securityDefinitions",
          "security",
          "tags");

  private final ImportedConnector c;
  private final Problems problems;
  private final OperationNames names;
  private final ConnectorExtras extras;

  private final JavaNames.Scope typeNames;

  ConnectorGenerator(
      ImportedConnector c,
      Problems problems,
      OperationNames names,
      ConnectorExtras extras,
      JavaNames.Scope typeNames) {
    this.typeNames = typeNames;
    this.c = c;
    this.problems = problems;
    this.names = names;
    this.extras = extras;
  }

  JavaFile generate(
      String pkg,
      String className,
      List<ClassName> unusedDefinitions,
      boolean hasActions,
      boolean hasTriggers) {
    TypeSpec.Builder b =
        TypeSpec.classBuilder(ClassName.get(pkg, className))
            .alwaysQualify(typeNames.qualified())
            .addModifiers(Modifier.PUBLIC)
            .superclass(ClassName.get("jakarta.ws.rs.core", "Application"));
    b.addJavadoc(
        "$L\n",
        c.info().description() == null
            ? "The " + c.info().title() + " connector."
            : Docs.safe(c.info().description()));
    b.addAnnotation(connector(unusedDefinitions, hasActions, hasTriggers));
    String basePath = c.basePath();
    if (basePath == null) {
      b.addAnnotation(Annotations.keys("Omit", List.of("BASE_PATH")));
    } else if (!basePath.equals("/")) {
      b.addAnnotation(Annotations.of(ClassName.get("jakarta.ws.rs", "ApplicationPath"), basePath));
    }
    new AuthAnnotations(c, problems).annotations().forEach(b::addAnnotation);
    new PolicyAnnotations(problems, names)
        .of(c.properties().policyTemplateInstances())
        .forEach(b::addAnnotation);
    extras.customCode(names).forEach(b::addAnnotation);
    extras.rootExtensions().forEach(b::addAnnotation);
    return JavaFile.builder(pkg, b.build()).skipJavaLangImports(true).indent("  ").build();
  }

  private AnnotationSpec connector(
      List<ClassName> unusedDefinitions, boolean hasActions, boolean hasTriggers) {
    ImportedConnector.Info info = c.info();
    AnnotationSpec.Builder a =
        AnnotationSpec.builder(Annotations.ck("Connector")).addMember("title", "$S", info.title());
    if (info.description() == null) {
      problems.warn(Problems.SWAGGER, "/info", "has no description; the processor writes \"\"");
    }
    a.addMember("description", "$S", info.description() == null ? "" : info.description());
    if (info.version() == null) {
      problems.warn(Problems.SWAGGER, "/info", "has no version; the processor writes \"1.0\"");
    }
    Annotations.string(a, "version", info.version(), "1.0");
    a.addMember("host", "$S", c.host());
    if (c.basePath() != null && c.basePath().length() > 1 && c.basePath().endsWith("/")) {
      // @ApplicationPath loses a final '/'; basePath is written as given.
      a.addMember("basePath", "$S", c.basePath());
    }
    stringsMember(a, "schemes", c.schemes(), List.of("https"), "/schemes");
    stringsMember(a, "consumes", c.consumes(), List.of("application/json"), null);
    stringsMember(a, "produces", c.produces(), List.of("application/json"), null);
    Annotations.string(a, "termsOfService", info.termsOfService(), "");
    a.addMember("brandColor", "$S", brandColor(c.properties().iconBrandColor()));
    Annotations.string(a, "publisher", c.properties().publisher(), "");
    Annotations.string(a, "stackOwner", c.properties().stackOwner(), "");
    if (info.contactName() != null || info.contactUrl() != null || info.contactEmail() != null) {
      AnnotationSpec.Builder contact = AnnotationSpec.builder(Annotations.ck("Contact"));
      Annotations.string(contact, "name", info.contactName(), "");
      Annotations.string(contact, "url", info.contactUrl(), "");
      Annotations.string(contact, "email", info.contactEmail(), "");
      a.addMember("contact", "$L", contact.build());
    }
    extras.metadata(a);
    extras.info(a);
    capabilities(a, hasActions, hasTriggers);
    sections(a);
    if (!unusedDefinitions.isEmpty()) {
      unusedDefinitions.forEach(d -> a.addMember("definitions", "$T.class", d));
    }
    return a.build();
  }

  /** The brand colour, made #RRGGBB (which the processor requires) if it is not, reported. */
  private String brandColor(String color) {
    if (color.matches("#[0-9a-fA-F]{6}")) {
      return color;
    }
    String fixed =
        color.matches("#[0-9a-fA-F]{3}")
            ? "#"
                + color.charAt(1)
                + color.charAt(1)
                + color.charAt(2)
                + color.charAt(2)
                + color.charAt(3)
                + color.charAt(3)
            : "#000000";
    problems.warn(
        Problems.PROPERTIES,
        "/properties/iconBrandColor",
        "\""
            + color
            + "\" is not"
            + " a #RRGGBB colour, which the processor requires; imported as "
            + fixed);
    return fixed;
  }

  private void stringsMember(
      AnnotationSpec.Builder a,
      String member,
      List<String> values,
      List<String> dflt,
      String pointer) {
    if (values == null) {
      if (pointer != null) {
        problems.warn(Problems.SWAGGER, pointer, "is missing; the processor writes " + dflt);
      } else if (!dflt.isEmpty()) {
        a.addMember(member, "{}");
      }
      return;
    }
    if (!values.equals(dflt)) {
      if (values.isEmpty()) {
        a.addMember(member, "{}");
      } else {
        Annotations.strings(a, member, values);
      }
    }
  }

  /** {@code capabilities}: derived where that gives the original back, else as written. */
  private void capabilities(AnnotationSpec.Builder a, boolean hasActions, boolean hasTriggers) {
    List<String> original = c.properties().capabilities();
    List<String> derived = new ArrayList<>();
    if (hasActions) {
      derived.add("actions");
    }
    if (hasTriggers) {
      derived.add("triggers");
    }
    if (original == null) {
      problems.warn(
          Problems.PROPERTIES,
          "/properties",
          "has no capabilities; the processor" + " writes them");
      a.addMember("deriveCapabilities", "false");
      return;
    }
    if (original.equals(derived)) {
      return;
    }
    List<String> extra = original.subList(0, original.size());
    if (original.size() >= derived.size()
        && original.subList(0, derived.size()).equals(derived)
        && original.stream().distinct().count() == original.size()) {
      extra = original.subList(derived.size(), original.size());
    } else {
      a.addMember("deriveCapabilities", "false");
    }
    if (!extra.isEmpty()) {
      Annotations.strings(a, "capabilities", extra);
    }
  }

  /** {@code emptySections}: the sections the original has, so the same ones are written. */
  private void sections(AnnotationSpec.Builder a) {
    Map<String, Boolean> present = new java.util.LinkedHashMap<>();
    present.put("consumes", c.consumes() != null);
    present.put("produces", c.produces() != null);
    present.put("definitions", c.definitions() != null);
    present.put("parameters", c.sharedParameters() != null);
    present.put("responses", c.sharedResponses() != null);
    present.put("securityDefinitions", c.securityDefinitions() != null);
    present.put("security", c.security() != null);
    present.put("tags", c.tags() != null);
    JsonNode policies = c.properties().policyTemplateInstances();
    boolean emptyPolicies = policies != null && policies.isArray() && policies.isEmpty();
    if (c.tags() != null && (!c.tags().isArray() || !c.tags().isEmpty())) {
      problems.warn(
          Problems.SWAGGER,
          "/tags",
          "tags with descriptions have no annotation; they" + " are left out");
    }
    if (present.values().stream().allMatch(v -> v) && !emptyPolicies) {
      return;
    }
    List<String> sections = new ArrayList<>();
    for (String s : SECTIONS) {
      if (present.get(s)) {
        sections.add(s.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT));
      }
    }
    if (emptyPolicies) {
      sections.add("POLICY_TEMPLATE_INSTANCES");
    }
    if (sections.isEmpty()) {
      a.addMember("emptySections", "{}");
    }
    sections.forEach(s -> a.addMember("emptySections", "$T.$L", Annotations.ck("Section"), s));
  }
}
