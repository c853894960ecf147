package com.acme.twice;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Shop",
    description = "Browse the products sold in the Acme shop.",
    host = "shop.acme.com",
    brandColor = "#3b7a57",
    resources = ProductResource.class)
public class ShopApplication extends Application {}
