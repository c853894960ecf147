package net.huddle.flow;

import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Summary;
import java.util.List;

// An approval requested since the last poll.
public record NewApprovalTriggerOutput(
    @Summary("Approval Assignees") @Description("An array of assigned users")
    List<Assignee> assignees,
    @Summary("Approval Requester Name") @Description("Name of the approval requester")
    String assignerName,
    @Summary("Approval Requester Email") @Description("Email of the approval requester")
    String assignerEmail,
    @Summary("Approval Task Owner Name") @Description("Name of the approval task owner")
    String ownerName,
    @Summary("Approval Task Owner Email") @Description("Email of the approval task owner")
    String ownerEmail,
    @Summary("Description") @Description("A description of the task") String description,
    @Summary("Due Date") @Description("The date by which the task should be completed")
    String dueDate,
    @Summary("Created Date") @Description("The created date for the approval task")
    String created,
    @Summary("File ID") @Description("The ID of the file the task is associated with, if any")
    String fileId,
    @Summary("File Title") @Description("The file's title") String fileTitle,
    @Summary("Approval Task ID") @Description("The ID of the Approval task") String id,
    @Summary("Status") @Description("The task's status") String status,
    @Summary("Task Type") @Description("The type of task") String type,
    @Summary("Workspace ID") @Description("The ID of the workspace for the given Approval task")
    String workspaceId,
    @Summary("Workspace Name")
    @Description("The name of the workspace for the given Approval task")
    String workspaceName) {}
