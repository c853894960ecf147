package com.acme.omit;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.SwaggerKey;
import dev.connectorkit.annotations.Omit;

@Connector(
    title = "Acme Omit",
    description = "Keys that state only a default are left out where @Omit says so.",
    host = "omit.acme.com",
    brandColor = "#406020")
@Omit(SwaggerKey.URL_ENCODING)
public class OmitApplication {}
