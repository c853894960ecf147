package com.acme;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Tickets",
    description = "Create, find and update help-desk tickets in Acme Tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
public class AcmeConnector {}
