package com.acme.twice;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Stock",
    description = "Check the stock of the products of Acme.",
    host = "stock.acme.com",
    brandColor = "#3b7a57",
    resources = ProductResource.class)
public class StockApplication extends Application {}
