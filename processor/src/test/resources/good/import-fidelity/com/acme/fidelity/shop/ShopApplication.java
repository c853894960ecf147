package com.acme.fidelity.shop;

import dev.connectorkit.annotations.BasicAuth;
import dev.connectorkit.annotations.ConnectionParameter;
import dev.connectorkit.annotations.ConnectionParameterType;
import dev.connectorkit.annotations.Connector;

/** Basic authentication whose password field is described by its own annotation. */
@Connector(
    title = "Acme Shop",
    description = "Manage the orders of an Acme shop.",
    host = "shop.acme.com",
    brandColor = "#a02060")
@BasicAuth(usernameDisplayName = "Consumer key", passwordParameter = "")
@ConnectionParameter(name = "password", type = ConnectionParameterType.SECURESTRING,
    displayName = "Consumer secret", description = "The secret of your REST API key.",
    tooltip = "Provide the consumer secret", tabIndex = 4)
public class ShopApplication {}
