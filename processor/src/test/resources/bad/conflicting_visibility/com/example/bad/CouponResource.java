package com.example.bad;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("coupons")
public class CouponResource {

  @GET
  public Coupon getCoupon() {
    return null;
  }
}
