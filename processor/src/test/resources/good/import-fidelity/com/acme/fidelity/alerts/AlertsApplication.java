package com.acme.fidelity.alerts;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.ConnectionParameter;
import dev.connectorkit.annotations.ConnectionParameterType;
import dev.connectorkit.annotations.Connector;

/** An API key whose connection field is described by its own annotation. */
@Connector(
    title = "Acme Alerts",
    description = "Send alerts to the Acme on-call team.",
    host = "alerts.acme.com",
    brandColor = "#60a020")
@ApiKeyAuth(name = "X-Api-Key", parameter = "")
@ConnectionParameter(name = "api_key", type = ConnectionParameterType.SECURESTRING,
    displayName = "API key", description = "Your Acme API key.", clearText = true, tabIndex = 2)
public class AlertsApplication {}
