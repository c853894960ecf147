package com.example.scalars;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Path("scalars")
public class ScalarResource {

  @GET
  public Scalars getScalars() {
    return null;
  }

  @POST
  public Scalars echoScalars(Scalars scalars) {
    return scalars;
  }

  @GET
  @Path("count")
  public long count() {
    return 0;
  }

  @GET
  @Path("id")
  public UUID newId() {
    return null;
  }

  @GET
  @Path("total")
  public BigDecimal total() {
    return null;
  }

  @GET
  @Path("today")
  public LocalDate today() {
    return null;
  }

  @GET
  @Path("flag")
  public Boolean flag() {
    return null;
  }

  @POST
  @Path("text")
  public String echoText(String text) {
    return text;
  }
}
