package com.acme.params;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Path, query and header parameters of every kind. */
@Path("cases")
public class CaseResource {

  /**
   * Searches the support cases.
   *
   * @param text words the case must contain
   * @param top how many cases to return
   * @param offset how many cases to skip
   * @param minScore the lowest relevance to keep
   * @param includeArchived whether to search archived cases too
   * @param status the state the cases must be in
   * @param sort the field to sort by
   * @param assignee the user the cases are assigned to
   * @param tags labels the cases must all carry
   * @param statuses states the cases may be in
   * @param channels channels the cases may come from
   * @param from the first day a case may have been opened
   * @param cursor the opaque paging token from the previous page
   * @param tenant the tenant to search in
   * @param languages the languages of the answer
   */
  @GET
  public List<String> searchCases(
      @QueryParam("text") @NotNull String text,
      @QueryParam("top") @DefaultValue("20") int top,
      @QueryParam("offset") @DefaultValue("0") Long offset,
      @QueryParam("minScore") @DefaultValue("0.5") double minScore,
      @QueryParam("includeArchived") @DefaultValue("false") boolean includeArchived,
      @QueryParam("status") @DefaultValue("OPEN") Status status,
      @QueryParam("sort") @DefaultValue("created") String sort,
      @QueryParam("assignee") Optional<String> assignee,
      @QueryParam("tag") List<String> tags,
      @QueryParam("anyStatus") Set<Status> statuses,
      @QueryParam("channel") @DefaultValue("email") List<Channel> channels,
      @QueryParam("from") LocalDate from,
      @QueryParam("cursor") @Encoded String cursor,
      @HeaderParam("X-Tenant") UUID tenant,
      @HeaderParam("Accept-Language") List<String> languages) {
    return List.of();
  }

  /**
   * Gets one attachment of a case.
   *
   * @param caseId the case's ID
   * @param name the attachment's file name, sent still encoded
   * @param version the attachment's version
   */
  @GET
  @Path("{caseId}/attachments/{name}")
  public String getAttachment(
      @PathParam("caseId") UUID caseId,
      @PathParam("name") @Encoded String name,
      @QueryParam("version") Optional<Integer> version) {
    return "";
  }
}
