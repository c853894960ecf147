package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A choice of an {@link Editor} ({@code x-ms-editor-options.items}).
 *
 * <pre>{@code
 * @EditorOption(title = "Plain text", value = "text")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface EditorOption {

  /** What the user sees. Example: {@code title = "Plain text"}. */
  String title();

  /** What is stored. Example: {@code value = "text"}. */
  String value();
}
