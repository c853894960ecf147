package com.acme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("users")
public class UserResource {

  @GET
  public List<String> list() {
    return null;
  }
}
