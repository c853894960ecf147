package com.acme;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Extension;

@Connector(
    title = "Acme Tickets",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
@Extension(name = "generator", json = "\"connectorkit\"")
public class AcmeConnector {}
