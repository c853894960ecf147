package com.acme.fidelity.shop;

import dev.connectorkit.annotations.BasicAuth;
import dev.connectorkit.annotations.ConnectionParameter;
import dev.connectorkit.annotations.ConnectionParameterType;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Section;

/** Basic authentication whose password field is described by its own annotation. */
@Connector(
    title = "Acme Shop",
    description = "Manage the orders of an Acme shop.",
    host = "shop.acme.com",
    termsOfService = "https://shop.acme.com/terms",
    definitions = Customer.Hook.class,
    brandColor = "#a02060",
    emptySections = {Section.CONSUMES, Section.PRODUCES, Section.PARAMETERS, Section.RESPONSES,
        Section.SECURITY_DEFINITIONS, Section.SECURITY, Section.TAGS,
        Section.POLICY_TEMPLATE_INSTANCES})
@BasicAuth(usernameDisplayName = "Consumer key", passwordParameter = "")
@ConnectionParameter(name = "password", type = ConnectionParameterType.SECURESTRING,
    displayName = "Consumer secret", description = "The secret of your REST API key.",
    tooltip = "Provide the consumer secret", tabIndex = 4)
public class ShopApplication {}
