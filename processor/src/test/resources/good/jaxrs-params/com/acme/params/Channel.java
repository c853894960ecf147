package com.acme.params;

/** Where a case came from. JAX-RS converts it with fromString, which takes the lower-case code. */
public enum Channel {
  EMAIL("email"),
  PHONE("phone"),
  CHAT("chat");

  private final String code;

  Channel(String code) {
    this.code = code;
  }

  /** The channel of a code, as URLs carry it. */
  public static Channel fromString(String code) {
    for (Channel c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException(code);
  }
}
