package com.acme;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OAuth2;

@Connector(
    title = "Acme Tickets",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
@OAuth2(
    authorizationUrl = "https://login.acme.com/authorize",
    tokenUrl = "https://login.acme.com/token")
public class AcmeConnector {}
