package net.huddle.flow;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** To-dos. */
@Path("v2/task/{taskId}")
public class TaskResource {

  @POST
  @Path("markComplete")
  @Action(operationId = "MarkTaskComplete",
      summary = "Update a task's status to completed using it's ID",
      description = "Update a task's status to completed", visibility = Visibility.IMPORTANT)
  public Task markComplete(
      @Summary("Task ID") @Description("The ID of the task to mark as complete")
      @PathParam("taskId") String taskId) {
    return null;
  }
}
