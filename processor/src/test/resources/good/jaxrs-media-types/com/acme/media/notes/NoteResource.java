package com.acme.media.notes;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Class-level media types, which method-level ones replace. */
@Path("notes")
@Consumes(MediaType.TEXT_PLAIN)
@Produces(MediaType.TEXT_PLAIN)
public class NoteResource {

  /** Gets a note's text. */
  @GET
  @Path("{id}/text")
  public String getNoteText(@PathParam("id") String id) {
    return "";
  }

  /** Gets a note. */
  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Note getNote(@PathParam("id") String id) {
    return null;
  }

  /**
   * Creates a note, answering with its ID.
   *
   * @param note the note to create
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public String createNote(Note note) {
    return "";
  }

  /**
   * Replaces a note's text.
   *
   * @param text the new text
   */
  @PUT
  @Path("{id}/text")
  public String replaceNoteText(@PathParam("id") String id, String text) {
    return text;
  }

  /**
   * Imports a note given as JSON or XML.
   *
   * @param note the note to import
   */
  @POST
  @Path("import")
  @Consumes({"application/json, application/xml", MediaType.TEXT_XML})
  @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
  public Note importNote(Note note) {
    return note;
  }
}
