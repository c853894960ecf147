package com.acme.b;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Queues",
    description = "Create, find and update help-desk tickets in Acme Tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57",
    id = "Acme")
public class BConnector {}
