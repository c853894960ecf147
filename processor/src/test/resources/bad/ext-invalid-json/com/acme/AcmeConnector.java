package com.acme;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Policy;
import dev.connectorkit.annotations.PolicyParameter;

@Connector(
    title = "Acme Tickets",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
@Policy(template = "setheader", title = "Send the version",
    parameters = {
      @PolicyParameter(name = "name", value = "X-Version"),
      @PolicyParameter(name = "value", value = "2")
    })
@Policy(template = "stringtoarray", title = "Split the tags",
    parameters = @PolicyParameter(name = "separator", json = "'x'"))
public class AcmeConnector {}
