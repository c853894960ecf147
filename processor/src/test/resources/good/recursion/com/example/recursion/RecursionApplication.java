package com.example.recursion;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Recursive Types",
    description = "Golden case: types that refer to themselves, directly or through another type.",
    host = "recursion.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class RecursionApplication extends Application {}
