package com.example.beans;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Bean Types",
    description = "Golden case: records and POJOs with the properties Jackson finds in them.",
    host = "beans.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class BeansApplication extends Application {}
