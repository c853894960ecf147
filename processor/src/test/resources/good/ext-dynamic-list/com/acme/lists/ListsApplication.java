package com.acme.lists;

import dev.connectorkit.annotations.Connector;

@Connector(
    title = "Acme Lists",
    description = "Plan Acme project tasks, picking members from the project.",
    host = "lists.acme.com",
    brandColor = "#705030")
public class ListsApplication {}
