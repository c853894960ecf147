package com.acme.beans;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Acme Orders",
    description = "Find and read the orders customers placed with Acme.",
    host = "orders.acme.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class OrdersApplication extends Application {}
