package dev.connectorkit.importer.compare;

import java.util.List;

/**
 * How an emitted file compares with its original: {@link Level#IDENTICAL} (the same JSON tree, key
 * order aside), {@link Level#EQUIVALENT} (the same once every local {@code $ref} is replaced by
 * what it points to and the reusable sections that only hold such targets are set aside), or {@link
 * Level#DIFFERENT} with the differences that remain after that resolution.
 */
public record Comparison(Level level, List<Difference> differences) {

  /** The result levels, best first. */
  public enum Level {
    /** The same JSON tree; object key order does not matter. */
    IDENTICAL,
    /** The same after resolving every local {@code $ref}. */
    EQUIVALENT,
    /** Different even then. */
    DIFFERENT
  }

  /** Whether the file is at least equivalent. */
  public boolean isEquivalent() {
    return level != Level.DIFFERENT;
  }

  /** {@code identical}, {@code equivalent} or {@code N differences}. */
  public String summary() {
    return switch (level) {
      case IDENTICAL -> "identical";
      case EQUIVALENT -> "equivalent";
      case DIFFERENT ->
          differences.size() + (differences.size() == 1 ? " difference" : " differences");
    };
  }
}
