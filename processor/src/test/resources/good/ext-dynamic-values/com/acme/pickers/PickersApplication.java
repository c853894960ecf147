package com.acme.pickers;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Pickers",
    description = "Create Acme tickets, choosing queues and assignees from dropdowns.",
    host = "pickers.acme.com",
    brandColor = "#305070")
public class PickersApplication {}
