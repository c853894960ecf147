package com.acme.inherit;

import jakarta.ws.rs.GET;
import java.util.List;

/** A sub-resource interface. */
public interface SkillApi {

  /** Lists the agent's skills. */
  @GET
  List<String> listSkills();
}
