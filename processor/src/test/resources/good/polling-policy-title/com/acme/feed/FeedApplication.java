package com.acme.feed;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Feed",
    description = "A polling trigger whose policy has its own title and legacy type.",
    host = "feed.acme.com",
    brandColor = "#406020")
public class FeedApplication {}
