package net.huddle.flow;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Summary;
import jakarta.validation.constraints.NotNull;

// A new to-do.
public record TaskInputs(
    @Summary("Assignee") @Description("The ID of user to whom the task is assigned, if any")
    String assignee,
    @Summary("Description") @Description("A description of the task") String description,
    @Summary("Due Date") @Description("The date by which the task should be completed")
    String dueDate,
    @Summary("File ID") @Description("The ID of the file the task is associated with, if any")
    String fileId,
    @Summary("Task ID") @Description("The ID of the task") String id,
    @Summary("Status") @Description("The task's status") String status,
    @NotNull @Summary("Title") @Description("The task's title") String title) {}
