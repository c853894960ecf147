package com.acme;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Policy;

@Connector(
    title = "Acme Tickets",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
@Policy(template = "setheaders", title = "Send the version")
public class AcmeConnector {}
