package dev.connectorkit.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.connectorkit.importer.roundtrip.RoundTrip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Round-trips every connector of the reference folder ({@code -Dreference.dir}, profile {@code
 * reference}) and prints the table: connector, swagger result, apiProperties result, difference
 * count. The README lists why the remaining differences remain; this test fails when a connector
 * that came back at least equivalent no longer does.
 */
class ReferenceRoundTripIT {
  /** Connector/file pairs that come back at least equivalent today (see README). */
  private static final Set<String> EQUIVALENT =
      Set.of(
          "App Power Forms/swagger",
          "App Power Forms/properties",
          "Azure Communication Services SMS Events/swagger",
          "AzureAD/swagger",
          "AzureAD/properties",
          "Exact Online Premium/properties",
          "Huddle/swagger",
          "Huddle/properties",
          "Mailform/properties",
          "Office365GroupsMail/swagger",
          "Office365GroupsMail/properties",
          "Plumsail Forms/properties",
          "Ticketing.events/swagger",
          "Ticketing.events/properties",
          "WooCommerce/swagger",
          "WooCommerce/properties",
          "World Academia/swagger",
          "World Academia/properties",
          "tyntec-SMS/properties");

  @Test
  void everyReferenceConnectorRoundTrips() throws Exception {
    String dir = System.getProperty("reference.dir");
    assertFalse(dir == null || dir.isBlank(), "run with -Dreference.dir=<shared/reference>");
    List<Path> folders;
    try (Stream<Path> s = Files.list(Path.of(dir, "connectors"))) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    StringBuilder table =
        new StringBuilder(
            String.format(
                "%n%-42s | %-14s | %-14s | %s%n",
                "connector", "swagger", "apiProperties", "differences"));
    Set<String> reached = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    for (Path folder : folders) {
      String name = folder.getFileName().toString();
      RoundTrip.Result r = RoundTrip.run(folder, null, null);
      if (r.swagger() == null) {
        String why = r.compiled() == null ? "not imported" : "not compiled";
        table.append(String.format("%-42s | %-14s | %-14s | -%n", name, why, why));
        failures.add(
            name
                + ": "
                + why
                + " "
                + (r.compiled() == null ? r.imported().problems().all() : r.compiled().errors()));
        continue;
      }
      int count = r.swagger().differences().size() + r.properties().differences().size();
      table.append(
          String.format(
              "%-42s | %-14s | %-14s | %d%n",
              name,
              r.swagger().level().name().toLowerCase(),
              r.properties().level().name().toLowerCase(),
              count));
      if (r.swagger().isEquivalent()) {
        reached.add(name + "/swagger");
      }
      if (r.properties().isEquivalent()) {
        reached.add(name + "/properties");
      }
    }
    long atLeastEquivalent =
        folders.stream()
            .filter(
                f ->
                    reached.contains(f.getFileName() + "/swagger")
                        && reached.contains(f.getFileName() + "/properties"))
            .count();
    table
        .append(atLeastEquivalent)
        .append(" of ")
        .append(folders.size())
        .append(" connectors at least equivalent in both files\n");
    System.out.println(table);
    assertEquals(List.of(), failures, "every connector is imported and compiles");
    Set<String> lost = new TreeSet<>(EQUIVALENT);
    lost.removeAll(reached);
    assertEquals(Set.of(), lost, "files that no longer come back at least equivalent");
  }
}
