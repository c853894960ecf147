package com.acme.multi.crm;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** In the CRM connector's package. */
@Path("contacts")
public class ContactResource {

  /** Lists the contacts. */
  @GET
  public List<String> listContacts() {
    return List.of();
  }
}
