package com.acme.media.feeds;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Without annotations an operation takes the connector's media types. */
@Path("entries")
public class FeedResource {

  /** Lists the feed's entries. */
  @GET
  public List<Entry> listEntries() {
    return List.of();
  }

  /** Lists the feed's entries as JSON. */
  @GET
  @Path("json")
  @Produces(MediaType.APPLICATION_JSON)
  public List<Entry> listEntriesAsJson() {
    return List.of();
  }

  /**
   * Publishes an entry.
   *
   * @param entry the entry to publish
   */
  @POST
  public Entry publishEntry(Entry entry) {
    return entry;
  }

  /**
   * Publishes an entry given as JSON.
   *
   * @param entry the entry to publish
   */
  @POST
  @Path("json")
  @Consumes(MediaType.APPLICATION_JSON)
  public Entry publishJsonEntry(Entry entry) {
    return entry;
  }
}
