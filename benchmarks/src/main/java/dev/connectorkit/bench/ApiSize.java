package dev.connectorkit.bench;

import java.util.Locale;

/**
 * The size of a generated API: its resources, with ten operations and two model types each.
 *
 * @param name the size's name, such as {@code large}
 * @param resources how many resource classes
 */
public record ApiSize(String name, int resources) {
  /** Operations per resource. */
  static final int OPERATIONS_PER_RESOURCE = 10;

  /** Model types per resource (the shared {@code Page} and {@code Problem} come on top). */
  static final int MODELS_PER_RESOURCE = 2;

  /** A size by name: {@code small}, {@code medium}, {@code large} or {@code <name>:<resources>}. */
  public static ApiSize of(String spec) {
    return switch (spec.toLowerCase(Locale.ROOT)) {
      case "small" -> new ApiSize("small", 10);
      case "medium" -> new ApiSize("medium", 100);
      case "large" -> new ApiSize("large", 500);
      default -> {
        int colon = spec.indexOf(':');
        if (colon < 1) {
          throw new IllegalArgumentException(
              "Unknown size " + spec + ": use small, medium, large or <name>:<resources>.");
        }
        yield new ApiSize(spec.substring(0, colon), Integer.parseInt(spec.substring(colon + 1)));
      }
    };
  }

  /** How many operations the API has. */
  public int operations() {
    return resources * OPERATIONS_PER_RESOURCE;
  }

  /** How many model types the API has, not counting the shared ones. */
  public int models() {
    return resources * MODELS_PER_RESOURCE;
  }
}
