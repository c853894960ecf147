package dev.connectorkit.processor.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object of an extension value (a dynamic call or its arguments) that remembers where each
 * key was written, so a rule can point at the annotation value behind it. Equality is that of the
 * map: where things were written does not change what is written.
 */
public final class SourcedMap extends LinkedHashMap<String, Object> {
  private final Map<String, Origin> origins = new LinkedHashMap<>();

  /** Puts a value and where it was written. */
  public void put(String key, Object value, Origin origin) {
    put(key, value);
    if (origin != null) {
      origins.put(key, origin);
    }
  }

  /** Where the key was written, else the given fallback. */
  public Origin origin(String key, Origin fallback) {
    return origins.getOrDefault(key, fallback);
  }

  /** A copy with other values and the same origins. */
  public SourcedMap withValues(Map<String, Object> values) {
    SourcedMap out = new SourcedMap();
    values.forEach((k, v) -> out.put(k, v, origins.get(k)));
    return out;
  }
}
