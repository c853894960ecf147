package com.acme.values;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Extension;
import dev.connectorkit.annotations.Format;
import dev.connectorkit.annotations.LocalizeDefault;
import dev.connectorkit.annotations.TestValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

@Path("tickets/{id}/replies")
public class ReplyResource {

  /**
   * Replies to a ticket.
   *
   * @param id the ticket
   * @param priority how urgent the reply is
   * @param sendAt when to send the reply, in the ticket's time zone
   * @param reply the reply
   */
  @POST
  @Action(summary = "Reply to a ticket", operationId = "ReplyToTicket")
  public void reply(
      @TestValue("T-1001") @Extension(name = "x-acme-lookup", json = "\"tickets\"")
          @PathParam("id") String id,
      @QueryParam("priority") Priority priority,
      @Format("date-no-tz") @QueryParam("sendAt") String sendAt,
      @LocalizeDefault @QueryParam("greeting") @DefaultValue("Hello") String greeting,
      Reply reply) {}
}
