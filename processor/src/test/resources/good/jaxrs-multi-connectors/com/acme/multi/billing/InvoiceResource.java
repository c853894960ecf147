package com.acme.multi.billing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** In the billing connector's package. */
@Path("invoices")
public class InvoiceResource {

  /** Lists the invoices. */
  @GET
  public List<String> listInvoices() {
    return List.of();
  }
}
