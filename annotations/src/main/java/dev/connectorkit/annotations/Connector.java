package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Power Platform connector made of the JAX-RS resources of this compilation.
 *
 * <p>Put it on one class per connector, typically the JAX-RS {@code Application} subclass:
 *
 * <pre>{@code
 * @Connector(
 *     title = "Contoso Tickets",
 *     description = "Create, find and track help-desk tickets in Contoso Tickets.",
 *     host = "tickets.contoso.com",
 *     basePath = "/api",
 *     brandColor = "#3b7a57",
 *     publisher = "Contoso",
 *     stackOwner = "Contoso",
 *     contact = @Contact(name = "Contoso Support", url = "https://contoso.com/support",
 *         email = "support@contoso.com"),
 *     website = "https://contoso.com",
 *     privacyPolicy = "https://contoso.com/privacy",
 *     categories = {Category.PRODUCTIVITY, Category.IT_OPERATIONS})
 * @ApplicationPath("/api")
 * public class TicketsApplication extends Application {}
 * }</pre>
 *
 * <p>The processor writes {@code META-INF/connectors/<id>/apiDefinition.swagger.json} and {@code
 * apiProperties.json} into the class output.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Connector {

  /**
   * The output folder name. Empty (the default) derives it from the title the way certified
   * connectors name their folders: {@code "Contoso Tickets"} becomes {@code ContosoTickets}.
   *
   * <p>Example: {@code id = "ContosoTickets"}.
   */
  String id() default "";

  /**
   * The connector's name ({@code info.title}): English, unique, at most 30 characters, without the
   * words "API" or "Connector". Example: {@code title = "Contoso Tickets"}.
   */
  String title();

  /**
   * What the connector does ({@code info.description}), 30 to 500 characters. Example: {@code
   * description = "Create, find and track help-desk tickets in Contoso Tickets."}.
   */
  String description();

  /** The connector's version ({@code info.version}). Example: {@code version = "1.2"}. */
  String version() default "1.0";

  /**
   * The production host, without scheme or path, optionally with a port. Example: {@code host =
   * "tickets.contoso.com"}.
   */
  String host();

  /**
   * The path every operation path is relative to; starts with {@code /}, written as given. Unset,
   * the {@code @ApplicationPath} of the class (without a final {@code /}), else {@code /}. Example:
   * {@code basePath = "/api"}.
   */
  String basePath() default "/";

  /** The URL schemes, {@code https} and/or {@code http}. Example: {@code schemes = "https"}. */
  String[] schemes() default {"https"};

  /**
   * The media types operations consume unless they say otherwise with {@code @Consumes}. Example:
   * {@code consumes = "application/json"}.
   */
  String[] consumes() default {"application/json"};

  /**
   * The media types operations produce unless they say otherwise with {@code @Produces}. Example:
   * {@code produces = "application/json"}.
   */
  String[] produces() default {"application/json"};

  /**
   * The icon's background colour ({@code iconBrandColor}), {@code #RRGGBB}; not {@code #007ee5} nor
   * {@code #ffffff}. Example: {@code brandColor = "#3b7a57"}.
   */
  String brandColor();

  /** The company or organisation that publishes the connector. Example: {@code "Contoso"}. */
  String publisher() default "";

  /** The owner of the backend service. Example: {@code stackOwner = "Contoso"}. */
  String stackOwner() default "";

  /**
   * Where users get support ({@code info.contact}). Example: {@code contact = @Contact(name =
   * "Contoso Support", url = "https://contoso.com/support", email = "support@contoso.com")}.
   */
  Contact contact() default @Contact;

  /**
   * The terms of service ({@code info.termsOfService}). Example: {@code termsOfService =
   * "https://contoso.com/terms"}.
   */
  String termsOfService() default "";

  /** The service's web site (metadata "Website"). Example: {@code "https://contoso.com"}. */
  String website() default "";

  /**
   * The privacy policy (metadata "Privacy policy"). Example: {@code privacyPolicy =
   * "https://contoso.com/privacy"}.
   */
  String privacyPolicy() default "";

  /**
   * At most two categories (metadata "Categories"). Example: {@code categories =
   * {Category.PRODUCTIVITY, Category.IT_OPERATIONS}}.
   */
  Category[] categories() default {};

  /**
   * The resource classes that make up the connector. Empty (the default) takes every {@code @Path}
   * class in this class's package and below. Example: {@code resources = {TicketResource.class,
   * QueueResource.class}}.
   */
  Class<?>[] resources() default {};

  /**
   * Model types written to {@code definitions} even where no operation refers to them with {@code
   * $ref}, e.g. a body type that operations inline. Example: {@code definitions =
   * Subscription.class}.
   */
  Class<?>[] definitions() default {};

  /** How Java inheritance becomes schemas. Example: {@code polymorphism = Polymorphism.ALL_OF}. */
  Polymorphism polymorphism() default Polymorphism.FLATTEN;

  /**
   * The connector's release status ({@code info.x-ms-api-annotation}). Example: {@code PREVIEW}.
   */
  ReleaseStatus status() default ReleaseStatus.NONE;

  /** Search keywords ({@code info.x-ms-keywords}). Example: {@code keywords = {"tickets"}}. */
  String[] keywords() default {};

  /** {@code info.x-ms-deployment-version}, digits and dots. Example: {@code "1.0.1"}. */
  String deploymentVersion() default "";

  /** Documentation links ({@code x-ms-docs}). Example: {@code docs = @Doc(url = "https://...")}. */
  Doc[] docs() default {};

  /**
   * Capabilities beyond the derived {@code actions} and {@code triggers}, e.g. {@code gateway}.
   * Example: {@code capabilities = "gateway"}.
   */
  String[] capabilities() default {};

  /** The file picker, at most one ({@code x-ms-capabilities.file-picker}). */
  FilePicker[] filePicker() default {};

  /**
   * An independent-publisher connector: its title ends "(Independent Publisher)", its brand colour
   * is {@code #da3b01}, and its publisher is a person. Example: {@code independentPublisher =
   * true}.
   */
  boolean independentPublisher() default false;

  /**
   * Whether {@code capabilities} in apiProperties is derived ({@code actions} if there are actions,
   * {@code triggers} if there are triggers) plus {@link #capabilities()}; {@code false} writes
   * exactly {@link #capabilities()}, e.g. the empty list most certified connectors carry. Example:
   * {@code deriveCapabilities = false}.
   */
  boolean deriveCapabilities() default true;

  /**
   * The top-level sections written even when empty. The default writes them all, as the connector
   * designer and most certified connectors do; leave some out to match a file that omits them.
   * Example: {@code emptySections = {Section.CONSUMES, Section.PRODUCES}}.
   */
  Section[] emptySections() default {
    Section.CONSUMES,
    Section.PRODUCES,
    Section.DEFINITIONS,
    Section.PARAMETERS,
    Section.RESPONSES,
    Section.SECURITY_DEFINITIONS,
    Section.SECURITY,
    Section.TAGS
  };
}
