package com.acme.hooks;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Events",
    description = "Receive events from Acme when tickets are created.",
    host = "events.acme.com",
    basePath = "/v1",
    brandColor = "#204060")
@ApiKeyAuth(name = "X-Api-Key", displayName = "API key", description = "Your Acme API key.")
public class HooksApplication {}
