package com.acme.multi;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.BasicAuth;
import dev.connectorkit.annotations.ConnectionParameter;
import dev.connectorkit.annotations.ConnectionParameterSet;
import dev.connectorkit.annotations.ConnectionParameterSets;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OAuth2;

@Connector(
    title = "Acme Multi",
    description = "Call Acme signing in, with an API key or with a user name and password.",
    host = "multi.acme.com",
    brandColor = "#406030")
@ConnectionParameterSets(
    displayName = "Authentication type",
    description = "How to authenticate to Acme.",
    value = {
      @ConnectionParameterSet(
          name = "oauth",
          displayName = "Sign in with Acme",
          description = "Use your Acme account.",
          oauth = @OAuth2(
              clientId = "acme-multi-client",
              authorizationUrl = "https://login.acme.com/authorize",
              tokenUrl = "https://login.acme.com/token",
              displayName = "Sign in",
              description = "Sign in with your Acme account.")),
      @ConnectionParameterSet(
          name = "key",
          displayName = "API key",
          description = "Use an API key from your profile page.",
          apiKey = @ApiKeyAuth(name = "X-Api-Key"),
          parameters = @ConnectionParameter(name = "instanceUrl", displayName = "Instance URL",
              description = "The address of your Acme instance.")),
      @ConnectionParameterSet(
          name = "basic",
          displayName = "User name and password",
          basic = @BasicAuth)
    })
public class MultiApplication {}
