package com.acme.shared;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Shared",
    description = "Read and close Acme tickets, sharing parameters and responses.",
    host = "shared.acme.com",
    brandColor = "#603030")
public class SharedApplication {}
