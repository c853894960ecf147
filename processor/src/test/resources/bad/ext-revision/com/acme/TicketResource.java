package com.acme;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.Revision;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("")
public class TicketResource {

  @GET
  @Path("zero")
  @Action(operationId = "Zero")
  @Revision(revision = 0)
  public String zero() {
    return null;
  }

  @GET
  @Path("a1")
  @Action(operationId = "ListA")
  @Revision(family = "ListA", revision = 1)
  public String a1() {
    return null;
  }

  @GET
  @Path("a1-again")
  @Action(operationId = "ListAAgain")
  @Revision(family = "ListA",
      revision = 1)
  @Deprecated
  public String a1Again() {
    return null;
  }

  @GET
  @Path("replaced")
  @Action(operationId = "Replaced")
  @Revision(replacementApi = "acme", replacementOperation = "Replaced_V2")
  public String replaced() {
    return null;
  }

  @GET
  @Path("half-replaced")
  @Action(operationId = "HalfReplaced")
  @Revision(replacementOperation = "HalfReplaced_V2")
  @Deprecated
  public String halfReplaced() {
    return null;
  }

  @GET
  @Path("b1")
  @Action(operationId = "ListB")
  @Revision(family = "ListB", revision = 1)
  public String b1() {
    return null;
  }

  @GET
  @Path("b2")
  @Action(operationId = "ListB_V2")
  @Revision(family = "ListB", revision = 2)
  public String b2() {
    return null;
  }

  @GET
  @Path("b3")
  @Action(operationId = "ListB_V3")
  @Revision(revision = 3,
      family = "ListB")
  public String b3() {
    return null;
  }
}
