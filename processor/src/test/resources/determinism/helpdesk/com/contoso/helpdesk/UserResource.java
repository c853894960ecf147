package com.contoso.helpdesk;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/** Users. */
@Path("users")
public class UserResource {

  /**
   * Gets one user.
   *
   * @param id the user's ID
   */
  @GET
  @Path("{id}")
  public User get(@PathParam("id") String id) {
    return null;
  }

  /**
   * Invites a user.
   *
   * @param name the display name
   * @param email where to send the invitation
   */
  @POST
  @Path("invitations")
  public User invite(@FormParam("name") String name, @FormParam("email") String email) {
    return null;
  }

  /**
   * Sets a user's picture.
   *
   * @param id the user's ID
   * @param picture the picture
   */
  @POST
  @Path("{id}/picture")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public void picture(@PathParam("id") String id, @FormParam("picture") InputStream picture) {}
}
