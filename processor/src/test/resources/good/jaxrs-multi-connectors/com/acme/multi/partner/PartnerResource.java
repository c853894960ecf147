package com.acme.multi.partner;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** Listed by the partner connector. */
@Path("partners")
public class PartnerResource {

  /** Lists the partners. */
  @GET
  public List<String> listPartners() {
    return List.of();
  }
}
