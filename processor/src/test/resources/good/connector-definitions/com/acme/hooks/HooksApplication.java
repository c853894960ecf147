package com.acme.hooks;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Hooks",
    description = "Types listed in definitions are written even where operations inline them.",
    host = "hooks.acme.com",
    brandColor = "#406020",
    definitions = Hook.class)
public class HooksApplication {}
