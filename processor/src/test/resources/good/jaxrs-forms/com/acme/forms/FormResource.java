package com.acme.forms;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityPart;
import java.io.InputStream;
import java.util.List;

/** Form parameters: a URL-encoded form, and multipart forms carrying files. */
@Path("forms")
public class FormResource {

  /**
   * Sends a feedback form.
   *
   * @param subject what the feedback is about
   * @param rating the rating from 1 to 5
   * @param topics the topics the feedback touches
   */
  @POST
  @Path("feedback")
  public void sendFeedback(
      @FormParam("subject") @NotNull String subject,
      @FormParam("rating") @DefaultValue("5") int rating,
      @FormParam("topic") List<String> topics) {}

  /**
   * Uploads a document.
   *
   * @param file the document's content
   * @param title the document's title
   */
  @POST
  @Path("documents")
  public Document uploadDocument(
      @FormParam("file") InputStream file, @FormParam("title") String title) {
    return null;
  }

  /**
   * Uploads an image.
   *
   * @param image the image's bytes
   */
  @POST
  @Path("images")
  public Document uploadImage(@FormParam("image") byte[] image) {
    return null;
  }

  /**
   * Uploads an attachment as a body part.
   *
   * @param attachment the attachment, with its own file name and media type
   */
  @POST
  @Path("attachments")
  public Document uploadAttachment(@FormParam("attachment") EntityPart attachment) {
    return null;
  }
}
