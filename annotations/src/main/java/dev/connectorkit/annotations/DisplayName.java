package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The label of an enum constant in dropdowns ({@code x-ms-enum-values}).
 *
 * <pre>{@code
 * public enum Priority {
 *   @DisplayName("Low priority") LOW,
 *   @DisplayName("High priority") HIGH
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface DisplayName {

  /** The label. Example: {@code @DisplayName("High priority")}. */
  String value();
}
