package com.acme.ops;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Operations",
    description = "Work with Acme tickets and files, and react to ticket events.",
    host = "ops.acme.com",
    brandColor = "#406060")
public class OpsApplication {}
