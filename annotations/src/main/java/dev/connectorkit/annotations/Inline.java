package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes a model type's schema in place instead of as a {@code definitions} entry referenced with
 * {@code $ref}.
 *
 * <pre>{@code
 * @Inline
 * public record Address(String street, String city) {}
 * }</pre>
 *
 * <p>On a type, every use is inlined; on a property, parameter or method (its return type), that
 * use only. A type that refers to itself cannot be inlined.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE,
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT
})
public @interface Inline {}
