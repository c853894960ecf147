package dev.connectorkit.processor.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Jackson's property order ({@code POJOPropertiesCollector._sortProperties}): names listed in
 * {@code @JsonPropertyOrder} first (external or implicit names), then creator properties in
 * parameter order, then the rest; with {@code alphabetic} the creator properties and the rest are
 * each sorted by name.
 */
final class PropertyOrder {
  /** A property with its implicit name and its creator parameter position, or -1. */
  record Entry(String implicitName, int creatorIndex, BeanProperty property) {}

  private PropertyOrder() {}

  /** The properties in Jackson's order. */
  static List<BeanProperty> apply(List<Entry> props, List<String> explicit, boolean alphabetic) {
    List<Entry> out = new ArrayList<>();
    for (String name : explicit) {
      props.stream()
          .filter(p -> p.property().name().equals(name))
          .findFirst()
          .or(() -> props.stream().filter(p -> p.implicitName().equals(name)).findFirst())
          .filter(p -> !out.contains(p))
          .ifPresent(out::add);
    }
    Comparator<Entry> byName = Comparator.comparing(p -> p.property().name());
    List<Entry> creators =
        new ArrayList<>(
            props.stream()
                .filter(p -> p.creatorIndex() >= 0)
                .sorted(Comparator.comparingInt(Entry::creatorIndex))
                .toList());
    List<Entry> rest = new ArrayList<>(props);
    if (alphabetic) {
      creators.sort(byName);
      rest.sort(byName);
    }
    creators.stream().filter(p -> !out.contains(p)).forEach(out::add);
    rest.stream().filter(p -> !out.contains(p)).forEach(out::add);
    return out.stream().map(Entry::property).toList();
  }
}
