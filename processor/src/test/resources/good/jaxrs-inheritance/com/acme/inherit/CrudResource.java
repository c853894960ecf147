package com.acme.inherit;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * A generic base resource: a subclass fixes {@code T}, and the schemas follow.
 *
 * @param <T> the entity type
 */
public abstract class CrudResource<T> {

  /**
   * Lists the items.
   *
   * @param top how many items to return
   */
  @GET
  public List<T> list(@QueryParam("top") @DefaultValue("20") int top) {
    return List.of();
  }

  /**
   * Gets one item.
   *
   * @param id the item's ID
   */
  @GET
  @Path("{id}")
  public T get(@PathParam("id") String id) {
    return null;
  }

  /**
   * Creates an item.
   *
   * @param item the item to create
   */
  @POST
  public T create(T item) {
    return item;
  }

  /**
   * Replaces an item.
   *
   * @param id the item's ID
   * @param item the item's new state
   */
  @PUT
  @Path("{id}")
  public T update(@PathParam("id") String id, T item) {
    return item;
  }
}
