package dev.connectorkit.importer.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import dev.connectorkit.importer.model.ImportedConnector.ParameterSet;
import dev.connectorkit.importer.model.ImportedConnector.ParameterSets;
import dev.connectorkit.importer.model.Problems;
import dev.connectorkit.importer.read.Pointer;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code @ConnectionParameterSets} for {@code connectionParameterSets} (multi-auth): each set's
 * authentication, found by the security definition its parameters go with, and its other
 * parameters, built by the same builders as a single authentication.
 */
final class ParameterSetAnnotations {
  private static final String DISPLAY_NAME = "Authentication type";
  private static final String DESCRIPTION = "Type of authentication to be used.";
  private static final Map<String, String> MEMBERS =
      Map.of("ApiKeyAuth", "apiKey", "BasicAuth", "basic", "OAuth2", "oauth");

  private final AuthAnnotations auth;
  private final ParameterSets sets;
  private final Problems problems;

  ParameterSetAnnotations(AuthAnnotations auth, ParameterSets sets) {
    this.auth = auth;
    this.sets = sets;
    this.problems = auth.problems();
  }

  /** The annotation; removes from {@code definitions} those a set's authentication writes. */
  AnnotationSpec build(Map<String, JsonNode> definitions) {
    AnnotationSpec.Builder b = AnnotationSpec.builder(Annotations.ck("ConnectionParameterSets"));
    for (ParameterSet set : sets.values()) {
      if (set.name() == null) {
        problems.warn(
            Problems.PROPERTIES,
            Pointer.child(set.pointer(), "name"),
            "is missing; a parameter set without a name is left out");
      } else {
        b.addMember("value", "$L", set(set, definitions));
      }
    }
    if (sets.values().isEmpty()) {
      b.addMember("value", "{}");
    }
    String ui = Pointer.child(sets.pointer(), "uiDefinition");
    text(b, "displayName", sets.displayName(), DISPLAY_NAME, ui);
    text(b, "description", sets.description(), DESCRIPTION, ui);
    return b.build();
  }

  private AnnotationSpec set(ParameterSet set, Map<String, JsonNode> definitions) {
    AnnotationSpec.Builder b =
        AnnotationSpec.builder(Annotations.ck("ConnectionParameterSet"))
            .addMember("name", "$S", set.name());
    String ui = Pointer.child(set.pointer(), "uiDefinition");
    b.addMember("displayName", "$S", set.displayName() == null ? "" : set.displayName());
    if (set.displayName() == null) {
      missing(ui, "displayName", "");
    }
    text(b, "description", set.description(), "", ui);
    AuthAnnotations own = auth.forSet(set);
    AnnotationSpec authentication = authentication(own, definitions);
    if (authentication != null) {
      String type = authentication.type().toString();
      b.addMember(MEMBERS.get(type.substring(type.lastIndexOf('.') + 1)), "$L", authentication);
    }
    Annotations.annotations(b, "parameters", own.connectionParameters());
    return b.build();
  }

  /** The first definition the set's parameters go with, else an OAuth sign-in without one. */
  private static AnnotationSpec authentication(
      AuthAnnotations own, Map<String, JsonNode> definitions) {
    Iterator<Map.Entry<String, JsonNode>> it = definitions.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> d = it.next();
      if (own.fits(d.getValue())) {
        it.remove();
        return own.authentication(d.getKey(), d.getValue());
      }
    }
    boolean oauth =
        own.unclaimed().values().stream()
            .anyMatch(p -> "oauthSetting".equals(AuthAnnotations.text(p, "type")));
    return oauth ? new OAuthBuilder(own).build(null, null) : null;
  }

  /** A text with a default: absent, the processor writes the default, which is reported. */
  private void text(AnnotationSpec.Builder b, String member, String value, String dflt, String ui) {
    Annotations.string(b, member, value, dflt);
    if (value == null) {
      missing(ui, member, dflt);
    }
  }

  private void missing(String ui, String key, String written) {
    problems.warn(
        Problems.PROPERTIES,
        Pointer.child(ui, key),
        "is missing; the imported code writes \"" + written + "\"");
  }
}
