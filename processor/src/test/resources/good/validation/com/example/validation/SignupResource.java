package com.example.validation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("signups")
public class SignupResource {

  @POST
  public void signUp(Signup signup) {}

  @GET
  @Path("account")
  public Account account() {
    return null;
  }
}
