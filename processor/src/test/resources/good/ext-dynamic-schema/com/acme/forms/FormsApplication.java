package com.acme.forms;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Forms",
    description = "Submit and read Acme forms whose fields each form defines.",
    host = "forms.acme.com",
    brandColor = "#503070")
public class FormsApplication {}
