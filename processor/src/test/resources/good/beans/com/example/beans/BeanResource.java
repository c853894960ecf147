package com.example.beans;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("beans")
public class BeanResource {

  @GET
  @Path("public-fields")
  public PublicFields publicFields() {
    return null;
  }

  @GET
  @Path("private-fields")
  public PrivateFields privateFields() {
    return null;
  }

  @GET
  @Path("getters")
  public GettersOnly getters() {
    return null;
  }

  @POST
  @Path("setters")
  public void setters(SettersOnly body) {}

  @GET
  @Path("person")
  public Person person() {
    return null;
  }
}
