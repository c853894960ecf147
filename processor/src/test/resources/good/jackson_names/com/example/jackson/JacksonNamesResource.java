package com.example.jackson;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("names")
public class JacksonNamesResource {

  @POST
  @Path("renamed")
  public Renamed renamed(Renamed renamed) {
    return renamed;
  }

  @GET
  @Path("ignored")
  public IgnoredFields ignored() {
    return null;
  }

  @GET
  @Path("sub-ignored")
  public SubIgnored subIgnored() {
    return null;
  }

  @GET
  @Path("ordered")
  public Ordered ordered() {
    return null;
  }

  @GET
  @Path("alphabetic")
  public Alphabetic alphabetic() {
    return null;
  }

  @GET
  @Path("flags")
  public Flags flags() {
    return null;
  }

  @GET
  @Path("snake")
  public SnakeCase snake() {
    return null;
  }

  @GET
  @Path("kebab")
  public KebabCase kebab() {
    return null;
  }

  @GET
  @Path("created")
  public Created created() {
    return null;
  }

  @GET
  @Path("created-alphabetic")
  public CreatedAlphabetic createdAlphabetic() {
    return null;
  }
}
