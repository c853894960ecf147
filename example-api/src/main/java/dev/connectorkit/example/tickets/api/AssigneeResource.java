package dev.connectorkit.example.tickets.api;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Visibility;
import dev.connectorkit.example.tickets.model.AssigneeList;
import dev.connectorkit.example.tickets.model.Problem;
import dev.connectorkit.example.tickets.store.QueueCatalog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The agents tickets can be assigned to; feeds the assignee dropdown. */
@Path("assignees")
@Produces(MediaType.APPLICATION_JSON)
public class AssigneeResource {
  private final QueueCatalog catalog;

  /** A resource over the reference data. */
  public AssigneeResource(QueueCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Lists the agents tickets can be assigned to.
   *
   * @param queue only the agents of this queue
   */
  @GET
  @Action(
      summary = "List assignees",
      operationId = "ListAssignees",
      visibility = Visibility.INTERNAL)
  @ApiResponse(status = 200, description = "The agents")
  @ApiResponse(status = 400, description = "No such queue", type = Problem.class)
  public AssigneeList list(@Summary("Queue") @QueryParam("queue") String queue) {
    if (queue != null && catalog.queue(queue).isEmpty()) {
      throw Problems.badRequest("There is no queue " + queue + ".");
    }
    return new AssigneeList(catalog.agents(queue));
  }
}
