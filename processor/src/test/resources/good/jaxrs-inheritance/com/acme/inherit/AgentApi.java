package com.acme.inherit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** Every JAX-RS annotation is on the interface, @Path included. */
@Path("agents")
public interface AgentApi {

  /**
   * Lists the agents.
   *
   * @param team only the agents of this team
   */
  @GET
  List<Agent> listAgents(@QueryParam("team") String team);

  /**
   * Gets one agent.
   *
   * @param id the agent's ID
   */
  @GET
  @Path("{id}")
  Agent getAgent(@PathParam("id") String id);

  /**
   * The skills of an agent.
   *
   * @param id the agent's ID
   */
  @Path("{id}/skills")
  SkillApi skills(@PathParam("id") String id);
}
