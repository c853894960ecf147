package com.acme.values;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Values",
    description = "Reply to Acme tickets with rich text, pictures and custom fields.",
    host = "values.acme.com",
    brandColor = "#606030")
public class ValuesApplication {}
