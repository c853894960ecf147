package dev.connectorkit.annotations;

/**
 * Where the designer shows an operation ({@code x-ms-visibility}), for {@link Action#visibility()}
 * and {@link Trigger#visibility()}; parameters and properties use {@link Important}, {@link
 * Advanced} and {@link Internal}.
 *
 * <p>Example: {@code @Action(summary = "List queues", visibility = Visibility.INTERNAL)}.
 */
public enum Visibility {
  /** No {@code x-ms-visibility}: shown normally. */
  NONE,
  /** {@code "important"}: shown first. */
  IMPORTANT,
  /** {@code "advanced"}: behind "Show advanced options". */
  ADVANCED,
  /** {@code "internal"}: hidden from users, e.g. an operation feeding a dropdown. */
  INTERNAL
}
