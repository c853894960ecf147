package com.acme.a;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme A",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
public class AConnector {}
