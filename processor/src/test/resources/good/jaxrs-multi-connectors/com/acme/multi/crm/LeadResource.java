package com.acme.multi.crm;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** In the CRM package, but listed by the partner connector. */
@Path("leads")
public class LeadResource {

  /** Lists the leads partners brought. */
  @GET
  public List<String> listLeads() {
    return List.of();
  }
}
