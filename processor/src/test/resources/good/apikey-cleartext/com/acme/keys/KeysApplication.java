package com.acme.keys;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Keys",
    description = "An API key shown in clear as it is typed.",
    host = "keys.acme.com",
    brandColor = "#406020")
@ApiKeyAuth(name = "X-Key", clearText = true)
public class KeysApplication {}
