package com.example.polymorphism;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.Polymorphism;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@Connector(
    title = "AllOf Inheritance",
    description = "Golden case: subclasses as allOf their parent, with a discriminator.",
    host = "polymorphism.example.com",
    brandColor = "#3b7a57",
    polymorphism = Polymorphism.ALL_OF)
@ApplicationPath("/api")
public class PolymorphismApplication extends Application {}
