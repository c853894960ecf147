package com.acme.multi.billing.reports;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** Below the billing package: billing is nearer than the suite. */
@Path("reports")
public class BillingReportResource {

  /** Lists the billing reports. */
  @GET
  public List<String> listBillingReports() {
    return List.of();
  }
}
