package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kind of media a binary or URL value holds ({@code x-ms-media-kind}).
 *
 * <pre>{@code
 * public record Attachment(@MediaKind(MediaKind.Kind.IMAGE) String thumbnailUrl) {}
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
public @interface MediaKind {

  /** The kind. Example: {@code @MediaKind(MediaKind.Kind.AUDIO)}. */
  Kind value();

  /** The media kinds Power Platform knows. */
  enum Kind {
    /** {@code "image"}. */
    IMAGE,
    /** {@code "audio"}. */
    AUDIO
  }
}
