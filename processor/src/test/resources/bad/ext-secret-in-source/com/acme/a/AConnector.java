package com.acme.a;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OAuth2;
import dev.connectorkit.annotations.OAuthParameter;

@Connector(
    title = "Acme A",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
@OAuth2(
    clientId = "acme-client",
    authorizationUrl = "https://login.acme.com/authorize",
    tokenUrl = "https://login.acme.com/token",
    customParameters = @OAuthParameter(name = "clientSecret", value = "hunter2-but-longer"))
public class AConnector {}
