package com.acme.keys.basic;

import dev.connectorkit.annotations.BasicAuth;
import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Basic Keys",
    description = "Call Acme with a consumer key and secret as basic authentication.",
    host = "basic.keys.acme.com",
    brandColor = "#603040")
@BasicAuth(
    securityDefinition = "basic",
    usernameDisplayName = "Consumer key",
    usernameDescription = "The consumer key from your Acme settings.",
    passwordDisplayName = "Consumer secret",
    passwordDescription = "The consumer secret from your Acme settings.",
    securityDescription = "Basic Authorization header.")
public class BasicApplication {}
