package com.acme.bad;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Queues",
    description = "Create, find and update help-desk tickets in Acme Tickets.",
    host = "https://queues.acme.com",
    brandColor = "#3b7a57")
public class BadConnector {}
