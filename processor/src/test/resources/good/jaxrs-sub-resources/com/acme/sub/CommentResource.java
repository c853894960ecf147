package com.acme.sub;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** A sub-resource: no @Path of its own, reached through TicketResource.comments. */
public class CommentResource {
  private final String ticketId;

  public CommentResource(String ticketId) {
    this.ticketId = ticketId;
  }

  /**
   * Lists the comments of the ticket.
   *
   * @param top how many comments to return
   */
  @GET
  public List<Comment> listComments(@QueryParam("top") @DefaultValue("10") int top) {
    return List.of();
  }

  /**
   * Adds a comment to the ticket.
   *
   * @param comment the comment to add
   */
  @POST
  public Comment addComment(Comment comment) {
    return comment;
  }

  /**
   * Gets one comment of the ticket.
   *
   * @param commentId the comment's ID
   */
  @GET
  @Path("{commentId}")
  public Comment getComment(@PathParam("commentId") String commentId) {
    return null;
  }

  /**
   * The reactions to a comment: locators are followed recursively.
   *
   * @param commentId the comment's ID
   */
  @Path("{commentId}/reactions")
  public ReactionResource reactions(@PathParam("commentId") String commentId) {
    return new ReactionResource();
  }
}
