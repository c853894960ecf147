package com.acme.purge;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Cache",
    description = "Read and clear the entries of the Acme Cache service.",
    host = "cache.acme.com",
    brandColor = "#3b7a57")
public class CacheApplication extends Application {}
