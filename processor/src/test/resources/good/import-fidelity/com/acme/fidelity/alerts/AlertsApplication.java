package com.acme.fidelity.alerts;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.ConnectionParameter;
import dev.connectorkit.annotations.ConnectionParameterType;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Extension;
import dev.connectorkit.annotations.Policy;
import dev.connectorkit.annotations.PolicyParameter;

/** An API key whose connection field is described by its own annotation. */
@Connector(
    title = "Acme Alerts",
    description = "Send alerts to the Acme on-call team.",
    host = "alerts.acme.com",
    basePath = "/v2/",
    brandColor = "#60a020")
@ApiKeyAuth(name = "X-Api-Key", parameter = "")
@ConnectionParameter(name = "api_key", type = ConnectionParameterType.SECURESTRING,
    displayName = "API key", description = "Your Acme API key.", clearText = true, tabIndex = 2)
@Extension(name = "x-ms-connector-metadata", json = "[{\"propertyName\": \"Website\","
    + " \"propertyValue\": \"https://acme.com\"}, {\"propertyName\": \"Terms of Service\","
    + " \"propertyValue\": \"https://acme.com/terms\"}]")
@Policy(template = "pollingtrigger", title = "Poll the alerts", operations = "Raise",
    parameters = {
        @PolicyParameter(name = "triggerConfig", json = "{\"since\": \"@{triggerBody().at}\"}"),
        @PolicyParameter(name = "triggerDataPath", value = "@triggerBody().value")})
public class AlertsApplication {}
