package com.acme.a;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.BasicAuth;
import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme A",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
@ApiKeyAuth(name = "X-Api-Key")
@BasicAuth
public class AConnector {}
