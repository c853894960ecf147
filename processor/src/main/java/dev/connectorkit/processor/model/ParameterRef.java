package dev.connectorkit.processor.model;

import java.util.Objects;

/**
 * A reference, inside a dynamic extension's arguments, to a parameter of the operation that carries
 * it: {@code {"parameter": name}} or, as a path string, {@code {"parameterReference": path}}. The
 * linker fills {@link #resolved()}: a bare name of a body property becomes {@code <body>/<name>} in
 * a path. Equality ignores the origin, so identical uses compare equal.
 *
 * @param name the name or path as written
 * @param path whether the value is a path string ({@code parameterReference})
 * @param resolved what is written, or null before linking
 */
public record ParameterRef(String name, boolean path, String resolved, Origin origin) {

  /** What the reference is written as. */
  public String written() {
    return resolved != null ? resolved : name;
  }

  /** The same reference written as the given value. */
  public ParameterRef resolvedAs(String value) {
    return new ParameterRef(name, path, value, origin);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterRef r
        && r.name.equals(name)
        && r.path == path
        && Objects.equals(r.resolved, resolved);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, path, resolved);
  }
}
