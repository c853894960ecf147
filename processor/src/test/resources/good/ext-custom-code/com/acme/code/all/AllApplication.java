package com.acme.code.all;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.CustomCode;

@Connector(
    title = "Acme All Code",
    description = "Convert text, every conversion running as custom code.",
    host = "all.code.acme.com",
    brandColor = "#304060")
@CustomCode
public class AllApplication {}
