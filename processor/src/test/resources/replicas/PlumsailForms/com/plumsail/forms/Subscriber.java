package com.plumsail.forms;

import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.NotificationUrl;
import dev.connectorkit.annotations.Summary;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

// A flow subscribing to the submissions of one form.
public record Subscriber(
    @NotificationUrl String callbackUrl,
    @NotNull
    @Summary("Form")
    @Description("The form which submissions you want to track.")
    @DynamicValues(operation = "GetPublicForms", valuePath = "id", titlePath = "name",
        parameters = @Arg(name = "version", value = "2"), withDynamicList = true)
    UUID formId) {}
