package com.acme.inherit;

import java.util.List;

/** No JAX-RS annotation at all: the interface's apply. */
public class AgentService implements AgentApi {

  @Override
  public List<Agent> listAgents(String teamName) {
    return List.of();
  }

  @Override
  public Agent getAgent(String agentId) {
    return null;
  }

  @Override
  public SkillApi skills(String agentId) {
    return List::of;
  }
}
