package com.acme;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.BasicAuth;
import dev.connectorkit.annotations.ConnectionParameterSet;
import dev.connectorkit.annotations.ConnectionParameterSets;
import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Tickets",
    description = "Create and find Acme help-desk tickets.",
    host = "tickets.acme.com",
    brandColor = "#3b7a57")
@ConnectionParameterSets({
  @ConnectionParameterSet(name = "key", displayName = "API key",
      apiKey = @ApiKeyAuth(name = "X-Api-Key")),
  @ConnectionParameterSet(name = "both", displayName = "Key and password",
      apiKey = @ApiKeyAuth(name = "X-Api-Key"), basic = @BasicAuth)
})
public class AcmeConnector {}
