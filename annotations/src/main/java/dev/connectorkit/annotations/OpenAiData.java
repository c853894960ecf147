package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Copilot plug-in data of an operation ({@code x-ms-openai-data}).
 *
 * <pre>{@code
 * @OpenAiData(enabled = true, requireUserConfirmation = true)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OpenAiData {

  /** {@code openai-enabled}. Example: {@code enabled = true}. */
  boolean enabled() default true;

  /**
   * {@code x-ms-require-user-confirmation} of this operation's entry in {@code operations}.
   * Example: {@code requireUserConfirmation = true}.
   */
  boolean requireUserConfirmation() default false;

  /**
   * Parameter upserts of this operation's entry: each is {@code name} then pairs {@code
   * property=value}. Example: {@code parameters = @OpenAiParameter(name = "top", properties
   * = @OpenAiProperty(name = "x-ms-explicit-input", json = "true"))}.
   */
  OpenAiParameter[] parameters() default {};
}
