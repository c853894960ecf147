package com.acme.files;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Files",
    description = "A resource method's @Summary and @Description describe its response body.",
    host = "files.acme.com",
    brandColor = "#406020")
public class FilesApplication {}
