package dev.connectorkit.example.tickets.api;

import dev.connectorkit.annotations.Action;
import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.ResponseHeader;
import dev.connectorkit.annotations.Summary;
import dev.connectorkit.example.tickets.model.Attachment;
import dev.connectorkit.example.tickets.model.Problem;
import dev.connectorkit.example.tickets.store.TicketStore;
import dev.connectorkit.example.tickets.store.TicketStore.StoredFile;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files attached to tickets: upload one as form data, download its content. */
@Path("tickets/{id}/attachments")
public class AttachmentResource {
  /** The largest file the service accepts, in bytes. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  // The resource is a singleton; Jersey injects a proxy to the current request's UriInfo.
  @Context private UriInfo uri;

  private final TicketStore store;

  /** A resource over a store. */
  public AttachmentResource(TicketStore store) {
    this.store = store;
  }

  /**
   * Attaches a file of at most 4 MB to a ticket.
   *
   * @param id the ticket's ID
   * @param file the file to attach
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Action(summary = "Add an attachment", operationId = "AddAttachment")
  @ApiResponse(
      status = 201,
      description = "The file was attached",
      type = Attachment.class,
      headers = @ResponseHeader(name = "Location", description = "The URL of the file's content."))
  @ApiResponse(status = 400, description = "No file was sent", type = Problem.class)
  @ApiResponse(status = 404, description = "No such ticket", type = Problem.class)
  @ApiResponse(status = 413, description = "The file is larger than 4 MB", type = Problem.class)
  public Response add(
      @Summary("Ticket ID") @PathParam("id") String id,
      @Summary("File") @NotNull @FormParam("file") EntityPart file) {
    if (file == null) {
      throw Problems.badRequest("The form needs a part named file.");
    }
    byte[] bytes = read(file);
    if (bytes.length > MAX_BYTES) {
      throw new jakarta.ws.rs.WebApplicationException(
          Problems.response(413, "too_large", "A file may have at most " + MAX_BYTES + " bytes."));
    }
    String name = file.getFileName().filter(n -> !n.isBlank()).orElse("attachment");
    String type =
        file.getMediaType() == null
            ? MediaType.APPLICATION_OCTET_STREAM
            : file.getMediaType().toString();
    Attachment a =
        store
            .attach(
                id,
                Problems.requireLength(name, "The file name", 255),
                Problems.requireLength(type, "The content type", 255),
                bytes)
            .orElseThrow(() -> TicketResource.noTicket(id));
    return Response.created(
            uri.getBaseUriBuilder()
                .path("tickets")
                .path(id)
                .path("attachments")
                .path(a.id())
                .path("content")
                .build())
        .entity(a)
        .build();
  }

  /**
   * Gets the content of a file attached to a ticket.
   *
   * @param id the ticket's ID
   * @param attachmentId the attachment's ID
   */
  @GET
  @Path("{attachmentId}/content")
  @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
  @Action(summary = "Get an attachment's content", operationId = "GetAttachmentContent")
  @ApiResponse(status = 200, description = "The file's content", type = InputStream.class)
  @ApiResponse(status = 404, description = "No such attachment", type = Problem.class)
  public Response content(
      @Summary("Ticket ID") @PathParam("id") String id,
      @Summary("Attachment ID") @PathParam("attachmentId") String attachmentId) {
    StoredFile f =
        store
            .file(id, attachmentId)
            .orElseThrow(
                () ->
                    Problems.notFound("Ticket " + id + " has no attachment " + attachmentId + "."));
    return Response.ok(f.content(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + f.attachment().fileName().replaceAll("[\"\\\\\r\n]", "_")
                + "\"")
        .build();
  }

  private static byte[] read(EntityPart file) {
    try (InputStream in = file.getContent()) {
      return in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
