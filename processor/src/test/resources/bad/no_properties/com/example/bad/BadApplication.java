package com.example.bad;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Bad Types",
    description = "Negative case: types that cannot be described as connector schemas.",
    host = "bad.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class BadApplication extends Application {}
