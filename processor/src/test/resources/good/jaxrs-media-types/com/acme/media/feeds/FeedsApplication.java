package com.acme.media.feeds;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Root media types set on the connector. */
@Connector(
    title = "Acme Feeds",
    description = "Read and publish the news feeds of Acme Feeds.",
    host = "feeds.acme.com",
    consumes = "application/xml",
    produces = "application/xml",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class FeedsApplication extends Application {}
