package com.acme.pickers;

import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicValues;

/**
 * A ticket to create.
 *
 * @param title the title
 * @param category the category
 * @param subcategory the subcategory, which depends on the category
 * @param assignee who works on it
 */
public record NewTicket(
    String title,
    @DynamicValues(operation = "ListCategories") String category,
    @DynamicValues(operation = "ListCategories",
        parameters = @Arg(name = "parent", parameter = "category"),
        withDynamicList = true) String subcategory,
    @DynamicValues(operation = "AssigneeResource#list", collection = "value",
        valuePath = "email", titlePath = "name",
        parameters = @Arg(name = "queueId", parameter = "queueId"),
        withDynamicList = true) String assignee) {}
