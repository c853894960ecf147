package com.acme.b;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme B",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
public class BConnector {}
