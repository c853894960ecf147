package com.acme.b;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OAuth2;

@Connector(
    title = "Acme B",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
@OAuth2(
    identityProvider = "aad",
    clientId = "Xy78Q~AbCdEfGhIjKlMnOpQrStUvWxYz0123456789a",
    customParameters = {})
public class BConnector {}
