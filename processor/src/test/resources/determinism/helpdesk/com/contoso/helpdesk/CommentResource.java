package com.contoso.helpdesk;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.List;

/** The comments of one ticket, reached through {@link TicketResource#comments}. */
public class CommentResource {

  /** Lists the comments of a ticket. */
  @GET
  public List<Comment> listComments() {
    return List.of();
  }

  /**
   * Adds a comment to a ticket.
   *
   * @param comment the comment to add
   */
  @POST
  public Comment addComment(Comment comment) {
    return comment;
  }
}
