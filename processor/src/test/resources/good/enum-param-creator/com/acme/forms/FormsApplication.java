package com.acme.forms;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Forms",
    description = "An enum parameter converted by its @JsonCreator takes its JSON values.",
    host = "forms.acme.com",
    brandColor = "#406020")
public class FormsApplication {}
