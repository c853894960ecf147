package com.acme.probe.args;

import dev.connectorkit.annotations.ApiKeyAuth;
import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Probe Lists",
    description = "Check Acme connections by listing one ticket of a queue.",
    host = "lists.probe.acme.com",
    brandColor = "#507030")
@ApiKeyAuth(name = "X-Api-Key")
public class ArgsApplication {}
