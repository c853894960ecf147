package com.example.generics;

import com.example.generics.crm.Account;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("generic")
public class GenericResource {

  @GET
  @Path("tickets")
  public Page<Ticket> tickets() {
    return null;
  }

  @GET
  @Path("users")
  public Page<User> users() {
    return null;
  }

  @GET
  @Path("dashboard")
  public Dashboard dashboard() {
    return null;
  }

  @GET
  @Path("accounts")
  public Page<Account> accounts() {
    return null;
  }
}
