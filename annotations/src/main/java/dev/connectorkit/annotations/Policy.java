package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A policy template instance of the connector gateway ({@code policyTemplateInstances}), e.g.
 * {@code setheader}, {@code dynamichosturl}, {@code routerequesttoendpoint}, {@code
 * setqueryparameter}, {@code setproperty}, {@code updatenextlink}. Templates and their required
 * parameters are checked at compile time.
 *
 * <pre>{@code
 * @Policy(template = "dynamichosturl", title = "Route to the site",
 *     parameters = @PolicyParameter(name = "urlTemplate",
 *         value = "@connectionParameters('siteUrl')/wp-json/wc/v3"))
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Policies.class)
public @interface Policy {

  /** The template id. Example: {@code template = "setheader"}. */
  String template();

  /** A title. Example: {@code title = "Send the API version"}. */
  String title();

  /**
   * The operations it applies to ({@code x-ms-apimTemplate-operationName}); empty: all. Operation
   * ids or resource methods. Example: {@code operations = {"GetTicket"}}.
   */
  String[] operations() default {};

  /**
   * Where it runs ({@code x-ms-apimTemplate-policySection}): {@code Request}, {@code Response} or
   * empty. Example: {@code section = "Response"}.
   */
  String section() default "";

  /**
   * The template parameters, without the {@code x-ms-apimTemplateParameter.} prefix. Example:
   * {@code parameters = @PolicyParameter(name = "name", value = "X-Api-Version")}.
   */
  PolicyParameter[] parameters() default {};

  /** The legacy {@code type} some certified connectors carry. Example: {@code "PollingTrigger"}. */
  String type() default "";
}
