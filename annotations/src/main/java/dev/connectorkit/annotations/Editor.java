package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The designer editor of a value ({@code x-ms-editor}, {@code x-ms-editor-options}); {@code
 * dictionary} is for {@code Map} values.
 *
 * <pre>{@code
 * public record Ticket(@Editor("dictionary") Map<String, String> customFields) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT
})
public @interface Editor {

  /** The editor. Example: {@code @Editor("dictionary")}. */
  String value() default "";

  /**
   * Choices offered by the editor. Example: {@code options = @EditorOption(title = "A", value =
   * "a")}.
   */
  EditorOption[] options() default {};
}
