package com.acme.notes;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

@Path("notes")
public class NoteResource {

  /**
   * Creates a note; the text may be left out.
   *
   * @param text the note's text
   */
  @POST
  public String createNote(@Nullable String text) {
    return null;
  }

  /**
   * Replaces the note; the text is required.
   *
   * @param text the note's text
   */
  @PUT
  public String replaceNote(String text) {
    return null;
  }
}
