package com.acme.copilot;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.OpenAiManifest;

@Connector(
    title = "Acme Copilot",
    description = "Let Copilot find and close Acme tickets.",
    host = "copilot.acme.com",
    brandColor = "#306060")
@OpenAiManifest(
    humanName = "Acme Tickets",
    modelDescription = "Finds Acme tickets by text and closes them.",
    contactEmail = "support@acme.com",
    legalUrl = "https://acme.com/legal")
public class CopilotApplication {}
