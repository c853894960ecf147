package com.acme.lists;

import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicList;

/**
 * A task to plan.
 *
 * @param projectId the project
 * @param title the title
 * @param owner who owns the task
 */
public record NewTask(
    String projectId,
    String title,
    @DynamicList(operation = "ListMembers", itemsPath = "items", itemValuePath = "id",
        itemTitlePath = "displayName",
        parameters = {@Arg(name = "projectId", parameter = "task/projectId"),
            @Arg(name = "role", value = "owner"), @Arg(name = "top", json = "20")})
        String owner) {}
