package com.acme.beans;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Paging, nested in other bean parameters. */
public class PageParams {
  /** How many orders to return. */
  @QueryParam("top")
  @DefaultValue("50")
  int top;

  /** How many orders to skip. */
  @QueryParam("skip")
  int skip;
}
