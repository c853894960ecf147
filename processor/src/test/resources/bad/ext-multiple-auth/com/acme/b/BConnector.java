package com.acme.b;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.BasicAuth;
import dev.connectorkit.annotations.ConnectionParameterSet;
import dev.connectorkit.annotations.ConnectionParameterSets;
import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme B",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
@ApiKeyAuth(name = "X-Api-Key")
@ConnectionParameterSets(
    @ConnectionParameterSet(name = "basic", displayName = "Basic", basic = @BasicAuth))
public class BConnector {}
