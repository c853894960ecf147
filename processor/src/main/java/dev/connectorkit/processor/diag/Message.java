package dev.connectorkit.processor.diag;

import javax.tools.Diagnostic;

/**
 * The catalogue of every diagnostic the processor reports: a stable id, a severity and a message
 * template ({@link String#format} style) that says what is wrong and how to fix it.
 *
 * <p>Errors mean Power Platform would reject the file, or the file would describe the API wrongly;
 * warnings are likely mistakes in a valid file and can be silenced with
 * {@code @SuppressWarnings("connector:<Id>")}.
 */
public enum Message {
  INTERNAL(
      Diagnostic.Kind.ERROR,
      "Internal",
      "ConnectorKit failed unexpectedly here (%s). Please report it with the source; compile"
          + " with -Aconnectorkit.verbose=true to see the stack trace."),
  WRITE_FAILED(
      Diagnostic.Kind.ERROR,
      "WriteFailed",
      "The files of connector \"%s\" could not be written (%s); make sure no other connector or"
          + " annotation processor writes META-INF/connectors/ with the same id."),
  PLUGIN_OUTPUT_MISSING(
      Diagnostic.Kind.ERROR,
      "PluginOutput",
      "The ConnectorKit plug-in needs the class output folder to write into: pass the folder given"
          + " to -d, as in -Xplugin:\"ConnectorKit out=target/classes\"."),
  PLUGIN_WITH_PROCESSOR(
      Diagnostic.Kind.WARNING,
      "PluginWithProcessor",
      "The ConnectorKit plug-in did nothing: annotation processing is on and the ConnectorKit"
          + " processor wrote the files; add -proc:none to use the plug-in, or drop -Xplugin."),
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
      "Resource class %s belongs to both %s and %s; list it in the @Connector(resources = ...) of"
          + " only one of them, or give each connector its own package."),
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
      "Scheme \"%s\" is not supported; Power Platform accepts only \"https\" and \"http\", e.g."
          + " schemes = \"https\"."),
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
      "operationId \"%s\" is also used by %s; operation ids must be unique in a connector, so"
          + " give one of them another operationId."),
  DUPLICATE_OPERATION_PATH(
      Diagnostic.Kind.ERROR,
      "DuplicateOperationPath",
      "%s %s is also declared by %s, and a connector holds one operation per path and method"
          + " (paths that differ only in variable names are the same path); change the @Path of"
          + " one of them, or mark one @Hidden."),
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
  BODY_ON_DELETE(
      Diagnostic.Kind.WARNING,
      "BodyOnDelete",
      "HTTP gives a DELETE body no meaning and some servers and proxies drop it; prefer"
          + " @QueryParam or @PathParam (Power Platform accepts it)."),
  BODY_AND_FORM(
      Diagnostic.Kind.ERROR,
      "BodyAndForm",
      "An operation cannot take both a body parameter and @FormParam parameters; send the fields"
          + " as @FormParam only, or take the whole body as this one parameter."),
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
      "File parameter \"%s\" needs multipart/form-data; add"
          + " @Consumes(MediaType.MULTIPART_FORM_DATA) to its method."),
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
  INVALID_JSON(
      Diagnostic.Kind.ERROR,
      "InvalidJson",
      "This value must be JSON (%s); for a plain string use value = \"...\" instead of json."),
  EXTENSION_NAME_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "ExtensionNameNotValid",
      "@Extension name \"%s\" must start with \"x-\", e.g. \"x-%s\": Swagger allows no other"
          + " keys there."),
  UNKNOWN_OPERATION(
      Diagnostic.Kind.ERROR,
      "UnknownOperation",
      "No operation of this connector is \"%s\"; name an operationId, a resource method, or"
          + " Class#method."),
  AMBIGUOUS_OPERATION(
      Diagnostic.Kind.ERROR,
      "AmbiguousOperation",
      "\"%s\" names several operations (%s); use the operationId or Class#method."),
  MULTIPLE_AUTH(
      Diagnostic.Kind.ERROR,
      "MultipleAuth",
      "A connector has one authentication unless it offers a choice; put %s into"
          + " @ConnectionParameterSets(...), one @ConnectionParameterSet each, and remove them"
          + " from the class."),
  SECRET_IN_SOURCE(
      Diagnostic.Kind.ERROR,
      "SecretInSource",
      "%s looks like a secret, and secrets must not be in source: remove it. Take a key from a"
          + " connection parameter (@connectionParameters('...')); Power Platform keeps the client"
          + " secret itself ('paconn create --secret' or the portal adds it); a client ID can come"
          + " from -Aconnectorkit.%s.clientId=... instead."),
  CLIENT_ID_MISSING(
      Diagnostic.Kind.WARNING,
      "ClientIdMissing",
      "No OAuth client ID: set @OAuth2(clientId = ...) or compile with"
          + " -Aconnectorkit.%s.clientId=<id>; apiProperties.json gets an empty clientId."),
  CONNECTION_SET_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "ConnectionParameterSetNotValid",
      "Connection parameter set \"%s\" must hold at most one authentication (apiKey, basic or"
          + " oauth); split it into one @ConnectionParameterSet per authentication."),
  UNKNOWN_POLICY_TEMPLATE(
      Diagnostic.Kind.ERROR,
      "UnknownPolicyTemplate",
      "\"%s\" is not a policy template Power Platform knows; use one of %s."),
  POLICY_PARAMETER_MISSING(
      Diagnostic.Kind.ERROR,
      "PolicyParameterMissing",
      "Policy template \"%s\" needs the parameter \"%s\"; add @PolicyParameter(name = \"%s\","
          + " value = ...)."),
  WEBHOOK_WITHOUT_NOTIFICATION_URL(
      Diagnostic.Kind.ERROR,
      "WebhookOperationsMissingNotificationUrlProperty",
      "Webhook trigger %s has no callback URL property; mark the body property that receives it"
          + " with @NotificationUrl."),
  NOTIFICATION_URL_WITHOUT_WEBHOOK(
      Diagnostic.Kind.ERROR,
      "OperationMustHaveNotificationContentExtension",
      "%s takes a @NotificationUrl but is no webhook trigger; add @Trigger and @Webhook(payload ="
          + " ...), which writes x-ms-notification-content."),
  NOTIFICATION_URL_POSITION(
      Diagnostic.Kind.ERROR,
      "NotificationUrlNotAllowedInThisPosition",
      "@NotificationUrl is allowed only on a property of the request body; move it into the"
          + " subscription body type."),
  NOTIFICATION_URL_NOT_STRING(
      Diagnostic.Kind.ERROR,
      "NotificationUrlNotString",
      "The @NotificationUrl property receives the callback URL, so it must be a String, not %s;"
          + " change its type to String."),
  WEBHOOK_NOT_TRIGGER(
      Diagnostic.Kind.ERROR, "WebhookNotTrigger", "@%s needs @Trigger on the same method."),
  UNSUBSCRIBE_NOT_DELETE(
      Diagnostic.Kind.ERROR,
      "UnsubscribeNotDelete",
      "The unsubscribe operation %s must be a DELETE: Power Platform sends DELETE to the Location"
          + " the subscribe call returned."),
  UNSUBSCRIBE_VISIBLE(
      Diagnostic.Kind.WARNING,
      "UnsubscribeNotInternal",
      "The unsubscribe operation %s should be @Action(visibility = Visibility.INTERNAL): users"
          + " never call it themselves."),
  WEBHOOK_LOCATION_MISSING(
      Diagnostic.Kind.WARNING,
      "WebhookLocationMissing",
      "Webhook trigger %s should declare @ApiResponse(status = 201, headers ="
          + " @ResponseHeader(name = \"Location\")): Power Platform deletes the subscription at"
          + " that Location."),
  BATCH_NOT_ARRAY(
      Diagnostic.Kind.ERROR,
      "BatchTriggerNotArray",
      "A batch trigger must return an array (or an object whose polling dataPath is an array);"
          + " %s returns none. Use TriggerType.SINGLE or return a list."),
  POLLING_PROTOCOL_MISSING(
      Diagnostic.Kind.WARNING,
      "PollingResponsesMissing",
      "Polling trigger %s has no @Polling(config = ...) for the gateway to keep its state, so the"
          + " service must keep it: declare @ApiResponse(status = 202, headers ="
          + " {@ResponseHeader(name = \"Retry-After\"), @ResponseHeader(name = \"Location\")}),"
          + " or add the config."),
  DYNAMIC_PARAMETER_UNKNOWN(
      Diagnostic.Kind.ERROR,
      "DynamicParameterUnknown",
      "%s passes \"%s\", but %s has no such parameter; its parameters are %s."),
  DYNAMIC_REFERENCE_UNKNOWN(
      Diagnostic.Kind.ERROR,
      "DynamicReferenceUnknown",
      "%s refers to \"%s\", which names no parameter of this operation (or nothing inside it);"
          + " its parameters are %s."),
  DYNAMIC_REQUIRED_MISSING(
      Diagnostic.Kind.ERROR,
      "DynamicRequiredParameterMissing",
      "%s calls %s without its required parameter \"%s\"; add @Arg(name = \"%s\", ...)."),
  DYNAMIC_PATH_UNKNOWN(
      Diagnostic.Kind.WARNING,
      "DynamicPathUnknown",
      "%s: \"%s\" is not in the response of %s; check the path against %s."),
  NOTIFICATION_TARGET_NOT_WEBHOOK(
      Diagnostic.Kind.ERROR,
      "NotificationTargetNotWebhook",
      "@Trigger(notification = ...) must name a webhook trigger (a @Trigger with @Webhook); %s"
          + " is not one."),
  TEST_CONNECTION_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "TestConnectionNotValid",
      "@TestConnection marks the GET operation Power Platform calls to test a new connection, so"
          + " it must need no parameters but literals; %s."),
  NEXT_LINK_NAME_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "InvalidNextLinkNameValue",
      "nextLinkName \"%s\" is not supported; Power Platform accepts \"nextLink\" or"
          + " \"@odata.nextLink\", so name the response's next-link property one of them."),
  REVISION_NOT_VALID(Diagnostic.Kind.ERROR, "RevisionNotValid", "%s"),
  SHARED_MISMATCH(
      Diagnostic.Kind.ERROR,
      "SharedDefinitionMismatch",
      "Shared %s \"%s\" is used with different definitions; every use of a shared %s must be"
          + " identical, so make them so or give this one another name."),
  EDITOR_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "InvalidCustomEditorExtensionDictionaryValue",
      "The dictionary editor needs a Map value (an object with additionalProperties); %s is not"
          + " one, so make it a Map<String, ...> or remove @Editor(\"dictionary\")."),
  NO_SUCCESS_RESPONSE(
      Diagnostic.Kind.ERROR,
      "OperationShouldHaveSuccessfulResponse",
      "%s declares no 2xx response; add @ApiResponse(status = 200, ...) or the one it returns."),
  DEFAULT_RESPONSE_SCHEMA(
      Diagnostic.Kind.ERROR,
      "DefaultResponseHasSchema",
      "The default response of %s must not have a schema; give the body a status code."),
  MANY_SUCCESS_SCHEMAS(
      Diagnostic.Kind.WARNING,
      "OperationHasManyResponsesWithSchema",
      "%s has several 2xx responses with a body; the designer uses only one, so keep one.",
      true),
  INTERNAL_REQUIRED_WITHOUT_DEFAULT(
      Diagnostic.Kind.ERROR,
      "InternalRequiredParameterWithoutDefault",
      "Parameter \"%s\" is internal and required, so users cannot fill it: give it a"
          + " @DefaultValue, or make it visible or optional."),
  PARAMETER_NAME_RESERVED(
      Diagnostic.Kind.ERROR,
      "ParameterNameReserved",
      "A parameter cannot be named \"connectionId\" in Power Platform; rename it."),
  FORM_NAME_NOT_ASCII(
      Diagnostic.Kind.ERROR,
      "FormDataNameNotAscii",
      "Form parameter names must be US-ASCII; \"%s\" is not, so rename it."),
  PATH_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "PathNotValid",
      "Path %s must not contain '?', '#', '*' or '='; change its @Path."),
  OPERATION_ID_NOT_VALID(
      Diagnostic.Kind.ERROR,
      "OperationIdSanitized",
      "operationId \"%s\" may hold letters, digits and '_' only, e.g. \"%s\"."),
  OPERATION_ID_CASE(
      Diagnostic.Kind.WARNING,
      "OperationIdPascalCase",
      "operationId \"%s\" should be PascalCase, e.g. \"%s\".",
      true),
  TOO_MANY_CATEGORIES(
      Diagnostic.Kind.ERROR,
      "TooManyConnectorCategories",
      "A connector has at most two categories; %d are given, so keep the two that fit best."),
  TITLE_NOT_VALID(Diagnostic.Kind.WARNING, "TitleNotValid", "Title \"%s\" %s.", true),
  DESCRIPTION_NOT_VALID(
      Diagnostic.Kind.WARNING,
      "ConnectorDescriptionNotValid",
      "The connector description %s.",
      true),
  SUMMARY_TOO_LONG(
      Diagnostic.Kind.ERROR,
      "OperationSummaryTooLong",
      "Summary \"%s\" has %d characters; Power Platform accepts fewer than 120 and"
          + " certification at most 80."),
  SUMMARY_NOT_VALID(Diagnostic.Kind.WARNING, "SummaryNotValid", "Summary \"%s\" %s.", true),
  DESCRIPTION_MISSING(
      Diagnostic.Kind.WARNING,
      "DescriptionMissing",
      "%s has no description; add Javadoc or a description: certification requires one.",
      true),
  DESCRIPTION_NOT_SENTENCE(
      Diagnostic.Kind.WARNING, "DescriptionNotSentence", "The description of %s %s.", true),
  BRAND_COLOR_NOT_ALLOWED(Diagnostic.Kind.WARNING, "BrandColorNotAllowed", "%s", true),
  METADATA_MISSING(
      Diagnostic.Kind.WARNING,
      "ConnectorMetadataPropertiesMissing",
      "Certification needs %s; set it in @Connector.",
      true),
  SWAGGER_TOO_LARGE(
      Diagnostic.Kind.WARNING,
      "SwaggerTooLarge",
      "apiDefinition.swagger.json is %d bytes; certification accepts at most 1 MB. Split the API"
          + " into several connectors.",
      true),
  UNTYPED_RESPONSE(
      Diagnostic.Kind.WARNING,
      "UntypedResponse",
      "%s returns %s, so the connector cannot know the response body; declare it with"
          + " @ApiResponse(status = 200, type = ...) or @ApiResponse(status = 204, empty = true),"
          + " or silence this with @SuppressWarnings(\"connector:UntypedResponse\")."),
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
  private final boolean certification;

  Message(Diagnostic.Kind kind, String id, String template) {
    this(kind, id, template, false);
  }

  Message(Diagnostic.Kind kind, String id, String template, boolean certification) {
    this.kind = kind;
    this.id = id;
    this.template = template;
    this.certification = certification;
  }

  /**
   * Whether this is a certification rule: a warning, or an error under {@code
   * -Aconnectorkit.certification=error}.
   */
  public boolean certification() {
    return certification;
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
