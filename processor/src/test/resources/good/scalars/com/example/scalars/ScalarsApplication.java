package com.example.scalars;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Scalar Types",
    description = "Golden case: every JDK value type and the schema it maps to.",
    host = "scalars.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class ScalarsApplication extends Application {}
