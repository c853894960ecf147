package dev.connectorkit.processor.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

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
    // By identity: a record's equals would compare the accessors and types of every pair.
    Set<Entry> out = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Entry> ordered = new ArrayList<>();
    for (String name : explicit) {
      Entry named = first(props, name, true);
      Entry found = named != null ? named : first(props, name, false);
      if (found != null && out.add(found)) {
        ordered.add(found);
      }
    }
    Comparator<Entry> byName = Comparator.comparing(p -> p.property().name());
    List<Entry> creators = new ArrayList<>();
    for (Entry p : props) {
      if (p.creatorIndex() >= 0) {
        creators.add(p);
      }
    }
    creators.sort(Comparator.comparingInt(Entry::creatorIndex));
    List<Entry> rest = new ArrayList<>(props);
    if (alphabetic) {
      creators.sort(byName);
      rest.sort(byName);
    }
    for (List<Entry> group : List.of(creators, rest)) {
      for (Entry p : group) {
        if (out.add(p)) {
          ordered.add(p);
        }
      }
    }
    List<BeanProperty> properties = new ArrayList<>(ordered.size());
    for (Entry p : ordered) {
      properties.add(p.property());
    }
    return properties;
  }

  /** The first entry with this property name ({@code external}) or implicit name, or null. */
  private static Entry first(List<Entry> props, String name, boolean external) {
    for (Entry p : props) {
      if ((external ? p.property().name() : p.implicitName()).equals(name)) {
        return p;
      }
    }
    return null;
  }
}
