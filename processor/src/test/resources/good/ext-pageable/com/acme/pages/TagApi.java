package com.acme.pages;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Pageable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The tags, declared on an interface that TagResource implements. */
@Path("tags")
public interface TagApi {

  /** Lists the tags. */
  @GET
  @Action(summary = "List tags", operationId = "ListTags")
  @Pageable
  TagPage tags();
}
