package dev.connectorkit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the property of a webhook subscription body that receives the flow's callback URL ({@code
 * "x-ms-notification-url": true}). The property must be a string; it is written internal and
 * required.
 *
 * <pre>{@code
 * public record Subscription(@NotificationUrl String callbackUrl, String queue) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface NotificationUrl {}
