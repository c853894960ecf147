package com.acme;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Tickets",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
public class AcmeConnector {}
