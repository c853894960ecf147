package com.acme.lists;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Arg;
import dev.connectorkit.annotations.DynamicList;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

@Path("projects")
public class ProjectResource {

  /**
   * Lists a project's members.
   *
   * @param projectId the project
   * @param role only members with this role
   * @param top how many at most
   */
  @GET
  @Path("{projectId}/members")
  @Action(summary = "List members", operationId = "ListMembers",
      visibility = Visibility.INTERNAL)
  public MemberPage members(@PathParam("projectId") String projectId,
      @QueryParam("role") @DefaultValue("any") String role, @QueryParam("top") Integer top) {
    return null;
  }

  /**
   * Plans a task.
   *
   * @param task the task
   */
  @POST
  @Path("tasks")
  @Action(summary = "Plan a task", operationId = "PlanTask")
  public NewTask plan(NewTask task) {
    return null;
  }

  /**
   * Hands a project's tasks over to a member.
   *
   * @param projectId the project
   * @param to the member who takes the tasks over
   */
  @POST
  @Path("{projectId}/handover")
  @Action(summary = "Hand tasks over", operationId = "HandOver")
  public void handOver(@PathParam("projectId") String projectId,
      @DynamicList(operation = "ListMembers", itemsPath = "items", itemValuePath = "id",
          itemTitlePath = "displayName",
          parameters = @Arg(name = "projectId", parameter = "projectId"))
          @QueryParam("to") String to) {}
}
