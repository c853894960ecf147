package dev.connectorkit.importer.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorkit.importer.model.ImportedConnector.ParameterSet;
import dev.connectorkit.importer.model.ImportedConnector.ParameterSets;
import dev.connectorkit.importer.model.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code connectionParameterSets} (multi-auth): the chooser's texts and each choice's name,
 * texts and parameters; every other key (a set's {@code metadata}, a misspelt key) is reported.
 */
final class ParameterSetsReader {
  private static final String FILE = Problems.PROPERTIES;

  private final Problems problems;

  ParameterSetsReader(Problems problems) {
    this.problems = problems;
  }

  /** The sets, or null when the object is absent or not an object (reported). */
  ParameterSets read(Fields properties) {
    Fields sets = properties.object("connectionParameterSets");
    if (sets == null) {
      return null;
    }
    String[] texts = texts(sets);
    List<ParameterSet> values = new ArrayList<>();
    JsonNode array = sets.raw("values");
    if (array == null || !array.isArray()) {
      problems.warn(
          FILE,
          sets.at("values"),
          "must be an array of parameter sets, not " + Fields.kind(array) + "; it is left out");
    } else {
      for (int i = 0; i < array.size(); i++) {
        Fields set = Fields.of(array.get(i), Pointer.child(sets.at("values"), i), FILE, problems);
        if (set != null) {
          values.add(set(set));
        }
      }
    }
    sets.reportUnread();
    return new ParameterSets(texts[0], texts[1], values, sets.pointer());
  }

  private ParameterSet set(Fields set) {
    String name = set.string("name");
    String[] texts = texts(set);
    Map<String, JsonNode> parameters = new LinkedHashMap<>();
    Fields p = set.object("parameters");
    if (p != null) {
      p.keys().forEach(k -> parameters.put(k, p.raw(k)));
    }
    set.reportUnread();
    return new ParameterSet(name, texts[0], texts[1], parameters, set.pointer());
  }

  /** {@code uiDefinition.displayName} and {@code description}; its other keys are reported. */
  private String[] texts(Fields owner) {
    Fields ui = owner.object("uiDefinition");
    if (ui == null) {
      return new String[2];
    }
    String[] out = {ui.string("displayName"), ui.string("description")};
    ui.reportUnread();
    return out;
  }
}
