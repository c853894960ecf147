package com.acme.pickers;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Visibility;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("queues")
public class QueueResource {

  /**
   * Lists the queues.
   *
   * @param top how many queues at most
   * @param kind only queues of this kind
   */
  @GET
  @Action(summary = "List queues", operationId = "ListQueues", visibility = Visibility.INTERNAL)
  public List<Queue> list(@QueryParam("top") @DefaultValue("50") int top,
      @QueryParam("kind") String kind) {
    return null;
  }

  /**
   * Lists the categories, or the subcategories of one.
   *
   * @param parent the parent category
   */
  @GET
  @Path("categories")
  @Action(summary = "List categories", operationId = "ListCategories",
      visibility = Visibility.INTERNAL)
  public List<String> categories(@QueryParam("parent") String parent) {
    return null;
  }
}
