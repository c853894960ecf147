package com.acme.cards;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Cards",
    description = "A JSON-P JsonValue is any JSON value: an empty schema.",
    host = "cards.acme.com",
    brandColor = "#406020")
public class CardsApplication {}
