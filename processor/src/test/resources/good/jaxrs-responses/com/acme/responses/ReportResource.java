package com.acme.responses;

import dev.connectorkit.annotations.ApiResponse;
import dev.connectorkit.annotations.ResponseHeader;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** One method per kind of return type. */
@Path("reports")
public class ReportResource {

  /** Gets a report. */
  @GET
  @Path("{id}")
  public Report getReport(@PathParam("id") String id) {
    return null;
  }

  /** Deletes a report. */
  @DELETE
  @Path("{id}")
  public void deleteReport(@PathParam("id") String id) {}

  /**
   * Creates a report.
   *
   * @param report the report to create
   */
  @POST
  @ApiResponse(
      status = 201,
      description = "The report was created",
      type = Report.class,
      headers = @ResponseHeader(name = "Location", description = "The new report's URL."))
  @ApiResponse(status = 409, description = "A report of that name exists")
  public Response createReport(Report report) {
    return Response.status(201).entity(report).build();
  }

  /** Runs a report, answering when it is done. */
  @POST
  @Path("{id}/runs")
  public CompletionStage<Report> runReport(@PathParam("id") String id) {
    return null;
  }

  /** Finds a report by its name. */
  @GET
  @Path("by-name/{name}")
  public Optional<Report> findReport(@PathParam("name") String name) {
    return Optional.empty();
  }

  /** Downloads a report's content. */
  @GET
  @Path("{id}/content")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  public StreamingOutput downloadReport(@PathParam("id") String id) {
    return out -> {};
  }

  /** Exports a report as a spreadsheet. */
  @GET
  @Path("{id}/export")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  public InputStream exportReport(@PathParam("id") String id) {
    return InputStream.nullInputStream();
  }
}
