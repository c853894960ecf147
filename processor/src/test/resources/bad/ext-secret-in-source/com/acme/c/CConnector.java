package com.acme.c;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Policy;
import dev.connectorkit.annotations.PolicyParameter;

@Connector(
    title = "Acme C",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
@Policy(template = "setheader", title = "Send the key",
    parameters = {
      @PolicyParameter(name = "name", value = "X-Api-Key"),
      @PolicyParameter(name = "value", value = "sk9Live4Q2xVb7NcR1mTz8Lp0Ha3Wd6Ke5Uj")
    })
public class CConnector {}
