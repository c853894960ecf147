package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Copilot plug-in manifest of the connector ({@code x-ms-openai-manifest}).
 *
 * <pre>{@code
 * @OpenAiManifest(humanName = "Contoso Tickets", modelDescription = "Finds and creates tickets.",
 *     contactEmail = "support@contoso.com", legalUrl = "https://contoso.com/legal")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface OpenAiManifest {

  /** The name shown to people. Example: {@code humanName = "Contoso Tickets"}. */
  String humanName();

  /** What the model is told. Example: {@code modelDescription = "Finds tickets."}. */
  String modelDescription();

  /** A contact. Example: {@code contactEmail = "support@contoso.com"}. */
  String contactEmail();

  /** The legal terms. Example: {@code legalUrl = "https://contoso.com/legal"}. */
  String legalUrl();
}
