package dev.connectorkit.annotations;

/**
 * A release status ({@code x-ms-api-annotation.status}), for {@link Connector#status()} and {@link
 * Revision#status()}.
 *
 * <p>Example: {@code @Connector(..., status = ReleaseStatus.PREVIEW)}.
 */
public enum ReleaseStatus {
  /** Not written. */
  NONE,
  /** {@code "Preview"}. */
  PREVIEW,
  /** {@code "Production"}. */
  PRODUCTION
}
