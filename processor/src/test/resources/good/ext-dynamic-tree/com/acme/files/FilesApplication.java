package com.acme.files;

import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.Connector;
import dev.connectorkit.annotations.FilePicker;
import dev.connectorkit.annotations.TreeCall;

@Connector(
    title = "Acme Files",
    description = "Read Acme files, choosing folders and files from a tree.",
    host = "files.acme.com",
    brandColor = "#307050",
    filePicker = @FilePicker(
        open = @TreeCall(operation = "ListRootFolder"),
        browse = @TreeCall(operation = "ListFolder",
            parameters = @Arg(name = "id", parameter = "value-property:Id")),
        valueTitle = "DisplayName",
        valueCollection = "value",
        valueFolderProperty = "IsFolder",
        valueMediaProperty = "MediaType"))
public class FilesApplication {}
