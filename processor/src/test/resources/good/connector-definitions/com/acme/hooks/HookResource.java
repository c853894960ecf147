package com.acme.hooks;

import dev.connectorkit.annotations.Inline;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("hooks")
public class HookResource {

  /**
   * Registers a hook.
   *
   * @param hook the hook
   */
  @POST
  public String createHook(@Inline Hook hook) {
    return null;
  }
}
