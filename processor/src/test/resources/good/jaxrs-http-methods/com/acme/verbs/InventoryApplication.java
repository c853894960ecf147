package com.acme.verbs;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Inventory",
    description = "Create, read, change and remove stock items in Acme Inventory.",
    host = "inventory.acme.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class InventoryApplication extends Application {}
