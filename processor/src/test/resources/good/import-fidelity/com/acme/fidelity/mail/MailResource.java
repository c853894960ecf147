package com.acme.fidelity.mail;

import dev.connectorkit.annotations.Action;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

@Path("mail")
public class MailResource {

  /**
   * Sends a mail.
   *
   * @param to who gets it
   */
  @POST
  @Action(summary = "Send a mail")
  public void send(@QueryParam("to") String to) {}
}
