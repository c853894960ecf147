package com.acme.verbs;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** One method of each HTTP verb Swagger 2.0 knows. */
@Path("items")
public class ItemResource {

  /** Lists the stock items. */
  @GET
  public List<Item> listItems() {
    return List.of();
  }

  /**
   * Adds a stock item.
   *
   * @param item the new item
   */
  @POST
  public Item createItem(Item item) {
    return item;
  }

  /** Says which methods the items collection allows. */
  @OPTIONS
  public void describeItems() {}

  /** Gets one stock item. */
  @GET
  @Path("{id}")
  public Item getItem(@PathParam("id") String id) {
    return null;
  }

  /**
   * Replaces a stock item.
   *
   * @param item the item's new state
   */
  @PUT
  @Path("{id}")
  public Item replaceItem(@PathParam("id") String id, Item item) {
    return item;
  }

  /** Removes a stock item. */
  @DELETE
  @Path("{id}")
  public void deleteItem(@PathParam("id") String id) {}

  /** Checks that a stock item exists. */
  @HEAD
  @Path("{id}")
  public void checkItem(@PathParam("id") String id) {}

  /**
   * Changes some fields of a stock item.
   *
   * @param item the fields to change
   */
  @PATCH
  @Path("{id}")
  public Item updateItem(@PathParam("id") String id, Item item) {
    return item;
  }

  /**
   * Changes the stock count of an item, through the application's own PATCH annotation.
   *
   * @param quantity the new stock count
   */
  @MyPatch
  @Path("{id}/quantity")
  public Item setQuantity(@PathParam("id") String id, @QueryParam("quantity") int quantity) {
    return null;
  }
}
