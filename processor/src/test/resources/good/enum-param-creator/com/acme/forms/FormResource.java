package com.acme.forms;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("forms")
public class FormResource {

  /**
   * Lists forms.
   *
   * @param layout only forms with this layout
   */
  @GET
  public List<Form> listForms(@QueryParam("layout") Layout layout) {
    return null;
  }
}
