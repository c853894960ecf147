package com.acme.code.some;

import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.CustomCode;

@Connector(
    title = "Acme Some Code",
    description = "Convert text, one of the conversions running as custom code.",
    host = "some.code.acme.com",
    brandColor = "#304060")
@CustomCode(operations = "ConvertResource#upper")
public class SomeApplication {}
