package dev.connectorkit.processor.diag;

import javax.tools.Diagnostic;

/**
 * The catalogue of every diagnostic the processor reports: a stable id, a severity and a message
 * template ({@link String#format} style) that says what is wrong and how to fix it.
 *
 * <p>Errors mean Power Platform would reject the file, or the file would describe the API wrongly;
 * warnings are likely mistakes in a valid file and can be silenced with {@code
 * @SuppressWarnings("connector:<Id>")}.
 */
public enum Message {
  INTERNAL(
      Diagnostic.Kind.ERROR,
      "Internal",
      "ConnectorKit failed unexpectedly on this element (%s). Please report it with the source;"
          + " compile with -Aconnectorkit.verbose=true to see the stack trace."),
  CONNECTOR_ID_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "ConnectorIdNotValid",
      "The connector id \"%s\" is not a usable folder name; use letters, digits, '.', '-' or '_'"
          + " only, e.g. id = \"%s\"."),
  DUPLICATE_CONNECTOR_ID(
      Diagnostic.Kind.ERROR,
      "DuplicateConnectorId",
      "Connector id \"%s\" is also used by %s; give one of them a distinct @Connector(id = ...)."),
  RESOURCE_CLAIMED_TWICE(
      Diagnostic.Kind.ERROR,
      "ResourceClaimedTwice",
      "Resource class %s belongs to connector \"%s\" and to connector \"%s\"; list it in only one"
          + " @Connector(resources = ...), or move it to the other connector's package."),
  RESOURCE_NOT_A_RESOURCE(
      Diagnostic.Kind.ERROR,
      "ResourceWithoutPath",
      "%s is listed in @Connector(resources = ...) but has no @Path; annotate it with @Path or"
          + " remove it from the list."),
  HOST_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "HostNotValid",
      "host \"%s\" must be a host name with an optional port, without scheme, path or spaces,"
          + " e.g. host = \"%s\"."),
  BASE_PATH_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "BasePathNotValid",
      "basePath \"%s\" must start with '/', e.g. basePath = \"/%s\"."),
  SCHEME_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "SchemeNotValid",
      "Scheme \"%s\" is not supported; Power Platform accepts only \"https\" and \"http\"."),
  BRAND_COLOR_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "BrandColorNotValid",
      "brandColor \"%s\" must be a colour as #RRGGBB, e.g. brandColor = \"#3b7a57\"."),
  NO_OPERATIONS(
      Diagnostic.Kind.WARNING,
      "NoOperations",
      "Connector \"%s\" has no operations: no @Path resource class was found in package %s or"
          + " below. Add resources there or list them in @Connector(resources = ...)."),
  HTTP_METHOD_NOT_SUPPORTED(
      Diagnostic.Kind.ERROR,
      "HttpMethodNotSupported",
      "HTTP method %s cannot be described in Swagger 2.0, so a connector cannot call it; only GET,"
          + " PUT, POST, DELETE, OPTIONS, HEAD and PATCH can. Leave the method out with @Hidden,"
          + " or give the operation one of those methods."),
  NO_HTTP_METHOD(
      Diagnostic.Kind.ERROR,
      "NoHttpMethod",
      "@%s is on a method without an HTTP method annotation; add @GET, @POST, @PUT, @PATCH or"
          + " @DELETE, or remove @%s."),
  DUPLICATE_OPERATION_ID(
      Diagnostic.Kind.ERROR,
      "DuplicateOperationId",
      "operationId \"%s\" is also used by %s; operation ids must be unique in a connector, set"
          + " @Action(operationId = ...) on one of them."),
  DUPLICATE_OPERATION_PATH(
      Diagnostic.Kind.ERROR,
      "DuplicateOperationPath",
      "%s %s is also declared by %s; a connector can hold one operation per path and method"
          + " (paths that differ only in variable names are the same path)."),
  PATH_VARIABLE_WITHOUT_PARAM(
      Diagnostic.Kind.ERROR,
      "PathVariableWithoutParam",
      "Path variable {%s} of %s has no @PathParam(\"%s\") parameter; add one, or remove the"
          + " variable from @Path."),
  PATH_PARAM_NOT_IN_PATH(
      Diagnostic.Kind.ERROR,
      "PathParamNotInPath",
      "@PathParam(\"%s\") names no variable of the path %s; fix the name or add {%s} to @Path."),
  BODY_NOT_ALLOWED(
      Diagnostic.Kind.ERROR,
      "BodyNotAllowed",
      "A %s operation cannot take a request body, and Power Platform rejects one; pass the value as"
          + " @QueryParam, @PathParam or @HeaderParam, or use @POST/@PUT/@PATCH."),
  BODY_AND_FORM(
      Diagnostic.Kind.ERROR,
      "BodyAndForm",
      "An operation cannot take both a body parameter and @FormParam parameters; use one or the"
          + " other."),
  MULTIPLE_BODIES(
      Diagnostic.Kind.ERROR,
      "MultipleBodies",
      "Only one parameter can be the request body, but %s is a second one; annotate it with"
          + " @QueryParam, @HeaderParam, @PathParam, @FormParam, @BeanParam or @Context."),
  UNSUPPORTED_PARAMETER(
      Diagnostic.Kind.ERROR,
      "UnsupportedParameter",
      "Power Platform connectors cannot send %s parameters (@%s(\"%s\")); take the value as"
          + " @HeaderParam or @QueryParam, or leave the method out with @Hidden."),
  FILE_NOT_IN_FORM(
      Diagnostic.Kind.ERROR,
      "FileNotInForm",
      "File parameter \"%s\" needs multipart/form-data; add @Consumes(MediaType.MULTIPART_FORM_DATA)."),
  CONFLICTING_VISIBILITY(
      Diagnostic.Kind.ERROR,
      "ConflictingVisibility",
      "%s carries more than one of @Important, @Advanced and @Internal; keep one."),
  TYPE_NOT_DESCRIBABLE(
      Diagnostic.Kind.ERROR,
      "TypeNotDescribable",
      "Type %s cannot be described as a connector schema: %s."),
  SUB_RESOURCE_CYCLE(
      Diagnostic.Kind.ERROR,
      "SubResourceCycle",
      "Sub-resource locator returns %s, which is already on the path %s; a connector needs a"
          + " finite set of paths, so mark this locator @Hidden or break the cycle."),
  LOCATOR_NOT_FOLLOWED(
      Diagnostic.Kind.ERROR,
      "LocatorNotFollowed",
      "Sub-resource locator returns %s, so its operations cannot be known at compile time; return"
          + " the resource class itself, or mark the locator @Hidden."),
  UNTYPED_RESPONSE(
      Diagnostic.Kind.WARNING,
      "UntypedResponse",
      "%s returns %s, so the connector cannot know the response body; declare it with"
          + " @ApiResponse(status = 200, type = ...) or @ApiResponse(status = 204, empty = true)."),
  RESPONSE_STATUS_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "ResponseStatusNotValid",
      "Status %d is not an HTTP status code; use 100 to 599, or 0 for the default response."),
  DUPLICATE_RESPONSE(
      Diagnostic.Kind.ERROR,
      "DuplicateResponse",
      "Status %s is declared twice with @ApiResponse; declare each status once.");

  private final Diagnostic.Kind kind;
  private final String id;
  private final String template;

  Message(Diagnostic.Kind kind, String id, String template) {
    this.kind = kind;
    this.id = id;
    this.template = template;
  }

  /** ERROR or WARNING. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The stable id, e.g. {@code DuplicateOperationId}, as printed {@code [Connector/<id>]}. */
  public String id() {
    return id;
  }

  /** The full message text with its tag. */
  public String format(Object... args) {
    return "[Connector/" + id + "] " + String.format(template, args);
  }
}
