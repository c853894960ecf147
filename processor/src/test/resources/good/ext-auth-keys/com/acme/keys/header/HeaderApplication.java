package com.acme.keys.header;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Header Keys",
    description = "Call Acme with an API key sent in a request header.",
    host = "header.keys.acme.com",
    brandColor = "#603040")
@ApiKeyAuth(
    name = "X-Api-Key",
    securityDefinition = "API Key",
    displayName = "API key",
    description = "The API key from your Acme profile page.",
    tooltip = "Provide your Acme API key",
    securityDescription = "The Acme API key.")
public class HeaderApplication {}
