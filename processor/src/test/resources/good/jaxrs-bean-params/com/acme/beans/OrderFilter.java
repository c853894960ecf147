package com.acme.beans;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/** The filter of the order search, flattened into query and header parameters. */
public class OrderFilter extends TenantParams {
  /** The state the orders must be in. */
  @QueryParam("state")
  @DefaultValue("open")
  String state;

  @BeanParam PageParams page;

  @Context UriInfo uriInfo;

  /** Not a parameter: no JAX-RS annotation. */
  String note;

  private String placedBy;

  private String sort;

  /**
   * Only the orders placed by this user.
   *
   * @param placedBy the user's ID
   */
  @QueryParam("placedBy")
  public void setPlacedBy(String placedBy) {
    this.placedBy = placedBy;
  }

  /**
   * The order of the results.
   *
   * @param sort newest or oldest
   */
  @QueryParam("sort")
  @DefaultValue("newest")
  public void setSort(String sort) {
    this.sort = sort;
  }
}
