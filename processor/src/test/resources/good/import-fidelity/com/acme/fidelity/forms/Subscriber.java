package com.acme.fidelity.forms;

import dev.connectorkit.annotations.Internal;
import dev.connectorkit.annotations.NotificationUrl;

/**
 * A subscription to a form's submissions.
 *
 * @param formId the form to watch
 */
public record Subscriber(@Internal @NotificationUrl String callbackUrl, String formId) {}
