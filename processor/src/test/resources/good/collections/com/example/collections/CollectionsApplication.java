package com.example.collections;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Collection Types",
    description = "Golden case: arrays, collections, maps, optionals and free-form JSON.",
    host = "collections.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class CollectionsApplication extends Application {}
