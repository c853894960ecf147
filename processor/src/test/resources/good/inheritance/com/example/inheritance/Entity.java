package com.example.inheritance;

import java.time.Instant;

public abstract class Entity {
  private String id;
  private Instant created;

  public String getId() {
    return id;
  }

  public Instant getCreated() {
    return created;
  }

  public int getVersion() {
    return 1;
  }
}
