package com.acme.code.all;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("convert")
public class ConvertResource {

  /**
   * Converts text to upper case.
   *
   * @param text the text
   */
  @POST
  @Path("upper")
  @Action(summary = "Convert to upper case", operationId = "ToUpper")
  public String upper(String text) {
    return null;
  }

  /**
   * Converts text to lower case.
   *
   * @param text the text
   */
  @POST
  @Path("lower")
  @Action(summary = "Convert to lower case", operationId = "ToLower")
  public String lower(String text) {
    return null;
  }
}
