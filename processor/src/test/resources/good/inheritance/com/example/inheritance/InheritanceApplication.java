package com.example.inheritance;

import dev.connectorkit.annotations.Connector;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "Flattened Inheritance",
    description = "Golden case: subclasses flattened, each definition with all its properties.",
    host = "inheritance.example.com",
    brandColor = "#3b7a57")
@ApplicationPath("/api")
public class InheritanceApplication extends Application {}
