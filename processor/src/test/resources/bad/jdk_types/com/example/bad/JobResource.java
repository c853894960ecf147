package com.example.bad;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("jobs")
public class JobResource {

  @GET
  public Job getJob() {
    return null;
  }

  @GET
  @Path("thread")
  public Thread currentThread() {
    return null;
  }
}
