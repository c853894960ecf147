package com.acme.pages;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Pages",
    description = "List Acme tickets and queues page by page.",
    host = "pages.acme.com",
    brandColor = "#603060")
public class PagesApplication {}
