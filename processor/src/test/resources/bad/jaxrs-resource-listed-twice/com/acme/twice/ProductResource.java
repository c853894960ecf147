package com.acme.twice;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

@Path("products")
public class ProductResource {

  @GET
  public List<String> listProducts() {
    return List.of();
  }
}
