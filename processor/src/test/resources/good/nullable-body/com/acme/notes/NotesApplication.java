package com.acme.notes;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Notes",
    description = "A body marked with an annotation named Nullable is optional.",
    host = "notes.acme.com",
    brandColor = "#406020")
public class NotesApplication {}
