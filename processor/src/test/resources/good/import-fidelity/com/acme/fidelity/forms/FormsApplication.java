package com.acme.fidelity.forms;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OAuth2;
import dev.connectorkit.annotations.OAuthParameter;
import dev.connectorkit.annotations.Omit;
import dev.connectorkit.annotations.Policy;
import dev.connectorkit.annotations.PolicyParameter;
import dev.connectorkit.annotations.SwaggerKey;

/** Keys written as an existing definition has them: left out, repeated, or unused schemas. */
@Connector(
    title = "Acme Forms",
    description = "Collect form submissions from Acme Forms.",
    host = "forms.acme.com",
    brandColor = "#2060a0",
    definitions = {FormSchema.class, Submission.class})
@Omit(SwaggerKey.BASE_PATH)
@OAuth2(
    identityProvider = "aad",
    clientId = "00000000-0000-0000-0000-000000000000",
    isFirstParty = "",
    redirectUrl = "",
    securityDefinition = "",
    customParameters = {
        @OAuthParameter(name = "tenantId", value = ""),
        @OAuthParameter(name = "resourceUri", value = "https://forms.acme.com")})
@Policy(template = "SetProperty", title = "Stamp the source",
    operations = "FormIsSubmitted", section = "Request",
    parameters = {
        @PolicyParameter(name = "newPropertyParentPathTemplate", value = "@body()"),
        @PolicyParameter(name = "newPropertySubPathTemplate", value = "source"),
        @PolicyParameter(name = "propertyValuePathTemplate", value = "acme")})
public class FormsApplication {}
