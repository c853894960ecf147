package com.example.enums;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Enum Types",
    description = "Golden case: enums by constant name, @JsonProperty and @JsonValue.",
    host = "enums.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class EnumsApplication extends Application {}
