package com.acme.omit;

import dev.connectorkit.annotations.SwaggerKey;
import dev.connectorkit.annotations.Omit;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("items")
public class ItemResource {

  /** Lists items: no summary, no empty parameters. */
  @GET
  @Omit({SwaggerKey.SUMMARY, SwaggerKey.PARAMETERS})
  public List<String> listItems() {
    return null;
  }

  /**
   * Gets one item: the path parameters leave out single encoding (the connector says so), the
   * double one stays; the optional query parameter leaves out "required", the other keeps it.
   *
   * @param id the item
   * @param version the version, encoded
   * @param fields fields to return
   * @param expand whether to expand children
   */
  @GET
  @Path("{id}/{version}")
  public String getItem(@PathParam("id") String id, @Encoded @PathParam("version") String version,
      @Omit(SwaggerKey.REQUIRED) @QueryParam("fields") String fields,
      @QueryParam("expand") Boolean expand) {
    return null;
  }

  /** Counts items: an empty parameter list is written where nothing is omitted. */
  @GET
  @Path("count")
  public Integer countItems() {
    return null;
  }
}
