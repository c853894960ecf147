package dev.connectorkit.example.tickets.api;

import static dev.connectorkit.example.tickets.api.Problems.badRequest;
import static dev.connectorkit.example.tickets.api.Problems.requireBody;
import static dev.connectorkit.example.tickets.api.Problems.requireLength;
import static dev.connectorkit.example.tickets.api.Problems.requireText;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.Description;
import dev.connectorkit.annotations.DynamicValues;
import dev.connectorkit.annotations.ResponseHeader;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.annotations.Visibility;
import dev.connectorkit.example.tickets.model.NewTicket;
import dev.connectorkit.example.tickets.model.Problem;
import dev.connectorkit.example.tickets.model.Queue;
import dev.connectorkit.example.tickets.model.QueueFields;
import dev.connectorkit.example.tickets.model.Ticket;
import dev.connectorkit.example.tickets.store.QueueCatalog;
import dev.connectorkit.example.tickets.store.TicketStore;
import dev.connectorkit.example.tickets.webhook.WebhookDispatcher;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The queues tickets are filed in: the queue dropdown, each queue's custom fields, new tickets. */
@Path("queues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QueueResource {
  private final TicketStore store;
  private final QueueCatalog catalog;
  private final WebhookDispatcher webhooks;
  // The resource is a singleton; Jersey injects a proxy to the current request's UriInfo.
  @Context private UriInfo uri;

  /** A resource over a store, the reference data, and the webhooks told of new tickets. */
  public QueueResource(TicketStore store, QueueCatalog catalog, WebhookDispatcher webhooks) {
    this.store = store;
    this.catalog = catalog;
    this.webhooks = webhooks;
  }

  /** Lists the queues tickets can be filed in. */
  @GET
  @Action(summary = "List queues", operationId = "ListQueues", visibility = Visibility.INTERNAL)
  public List<Queue> list() {
    return catalog.queues();
  }

  /**
   * Gets the custom fields of a queue as a JSON schema.
   *
   * @param queue the queue's ID
   */
  @GET
  @Path("{queue}/fields")
  @Action(
      summary = "Get the custom fields of a queue",
      operationId = "GetQueueFields",
      visibility = Visibility.INTERNAL)
  @ApiResponse(status = 200, description = "The queue's custom fields")
  @ApiResponse(status = 404, description = "No such queue", type = Problem.class)
  public QueueFields fields(@Summary("Queue") @PathParam("queue") String queue) {
    requireQueue(queue);
    return new QueueFields(queue, catalog.fieldSchema(queue));
  }

  /**
   * Opens a ticket in a queue and tells the webhooks subscribed to the queue.
   *
   * @param queue the ID of the queue to file the ticket in
   * @param ticket the ticket to open
   */
  @POST
  @Path("{queue}/tickets")
  @Action(summary = "Create a ticket", operationId = "CreateTicket")
  @ApiResponse(
      status = 201,
      description = "The ticket was created",
      type = Ticket.class,
      headers = @ResponseHeader(name = "Location", description = "The new ticket's URL."))
  @ApiResponse(status = 400, description = "The ticket is not valid", type = Problem.class)
  @ApiResponse(status = 404, description = "No such queue", type = Problem.class)
  public Response create(
      @Summary("Queue")
          @DynamicValues(operation = "ListQueues", valuePath = "id", titlePath = "name")
          @PathParam("queue")
          String queue,
      @Description("The ticket to open.") NewTicket ticket) {
    requireQueue(queue);
    requireBody(ticket);
    requireText(ticket.title(), "title", 200);
    requireLength(ticket.description(), "description", 10_000);
    if (ticket.tags() != null) {
      if (ticket.tags().size() > 20) {
        throw badRequest("A ticket has at most 20 tags.");
      }
      ticket.tags().forEach(tag -> requireText(tag, "Each tag", 50));
    }
    if (ticket.assignee() != null && !catalog.isAgentOf(ticket.assignee(), queue)) {
      throw badRequest(ticket.assignee() + " is not an agent of queue " + queue + ".");
    }
    catalog
        .checkFields(queue, ticket.customFields())
        .ifPresent(
            m -> {
              throw badRequest(m);
            });
    Ticket created = store.create(queue, ticket);
    webhooks.ticketCreated(created);
    return Response.created(uri.getBaseUriBuilder().path("tickets").path(created.id()).build())
        .entity(created)
        .build();
  }

  private void requireQueue(String queue) {
    if (catalog.queue(queue).isEmpty()) {
      throw Problems.notFound("There is no queue " + queue + ".");
    }
  }
}
