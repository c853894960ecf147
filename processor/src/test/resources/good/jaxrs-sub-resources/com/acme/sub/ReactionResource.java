package com.acme.sub;

import jakarta.ws.rs.GET;
import java.util.List;

/** Reactions to a comment, two locators deep. */
public class ReactionResource {

  /** Lists the reactions to the comment. */
  @GET
  public List<String> listReactions() {
    return List.of();
  }
}
