package dev.connectorkit.bench;

import static dev.connectorkit.bench.Annotations.ck;
import static dev.connectorkit.bench.Annotations.jaxRs;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes one resource class of ten operations: list, get, create, replace, update, delete, search,
 * assign (with a dynamic dropdown), a polling trigger or a details call, and history.
 */
final class ResourceWriter {
  private static final TypeName STRING = ClassName.get(String.class);
  private static final ClassName RESPONSE = ClassName.get("jakarta.ws.rs.core", "Response");

  private final int resources;
  private final boolean connectorKit;

  ResourceWriter(int resources, boolean connectorKit) {
    this.resources = resources;
    this.connectorKit = connectorKit;
  }

  /** The resource class of resource {@code r}. */
  JavaFile resource(int r) {
    ClassName main = ApiNames.main(r);
    TypeName page = ParameterizedTypeName.get(ApiNames.PAGE, main);
    String w = ApiNames.words(r);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(ApiNames.resource(r))
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The $Ls: list, find, change and watch them.\n", w)
            .addAnnotation(jaxRs("Path", ApiNames.path(r)))
            .addAnnotation(jaxRs("Produces", "application/json"))
            .addAnnotation(jaxRs("Consumes", "application/json"));
    type.addMethod(
        op(
                r,
                "list",
                "GET",
                null,
                "List",
                "List " + w + "s",
                page,
                "Lists " + w + "s, one page at a time.")
            .addParameter(query(TypeName.INT, "top", "Page size", "50"))
            .addParameter(query(TypeName.INT, "skip", "Skip", "0"))
            .addParameter(query(STRING, "filter", "Filter", null))
            .addParameter(header("requestId", "X-Request-Id", "Request ID"))
            .addJavadoc(
                params(
                    "top how many items a page holds",
                    "skip how many items to skip",
                    "filter an OData-style filter",
                    "requestId an ID to trace the request"))
            .build());
    type.addMethod(
        op(r, "get", "GET", "{id}", "Get", "Get one " + w, main, "Gets one " + w + " by its ID.")
            .addAnnotations(response(200, "The " + w, null))
            .addAnnotations(response(404, "No such " + w, ApiNames.PROBLEM))
            .addParameter(id())
            .addJavadoc(params("id the ID"))
            .build());
    type.addMethod(
        op(r, "create", "POST", null, "Create", "Create " + w, RESPONSE, "Creates a " + w + ".")
            .addAnnotations(response(201, "The " + w + " was created", main))
            .addAnnotations(response(400, "The " + w + " is not valid", ApiNames.PROBLEM))
            .addParameter(main, "item")
            .addJavadoc(params("item the new " + w))
            .build());
    type.addMethod(
        op(
                r,
                "replace",
                "PUT",
                "{id}",
                "Replace",
                "Replace " + w,
                main,
                "Replaces a " + w + " as a whole.")
            .addParameter(id())
            .addParameter(main, "item")
            .addJavadoc(params("id the ID", "item the new state"))
            .build());
    type.addMethod(
        op(
                r,
                "update",
                "PATCH",
                "{id}",
                "Update",
                "Update " + w,
                main,
                "Changes some fields of a " + w + ".")
            .addParameter(id())
            .addParameter(ModelWriter.map(ClassName.get(Object.class)), "changes")
            .addJavadoc(params("id the ID", "changes the fields to change"))
            .build());
    type.addMethod(
        op(
                r,
                "delete",
                "DELETE",
                "{id}",
                "Delete",
                "Delete " + w,
                TypeName.VOID,
                "Deletes a " + w + " for good.")
            .addAnnotations(response(204, "The " + w + " was deleted", null))
            .addParameter(id())
            .addJavadoc(params("id the ID"))
            .build());
    TypeName statusType =
        ApiNames.secondKind(r) == ApiNames.SecondKind.ENUM ? ApiNames.second(r) : STRING;
    type.addMethod(
        op(
                r,
                "search",
                "GET",
                "search",
                "Search",
                "Search " + w + "s",
                ModelWriter.list(main),
                "Finds " + w + "s by text, status and tags.")
            .addParameter(query(STRING, "q", "Text", null))
            .addParameter(query(statusType, "status", "Status", null))
            .addParameter(query(ModelWriter.list(STRING), "tag", "Tags", null))
            .addJavadoc(
                params(
                    "q the text to find",
                    "status only items in this status",
                    "tag only items with these tags"))
            .build());
    type.addMethod(assign(r, main));
    type.addMethod(r % 3 == 0 ? trigger(r, page) : details(r));
    type.addMethod(
        op(
                r,
                "history",
                "GET",
                "{id}/history",
                "GetHistory",
                "Get " + w + " history",
                ModelWriter.map(ModelWriter.list(main)),
                "Gets the past states of a " + w + " by day.")
            .addParameter(id())
            .addParameter(query(TypeName.INT, "days", "Days", "30"))
            .addJavadoc(params("id the ID", "days how many days back"))
            .build());
    return JavaFile.builder(ApiNames.RESOURCES, type.build())
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  private MethodSpec assign(int r, ClassName main) {
    ParameterSpec.Builder owner =
        ParameterSpec.builder(STRING, "owner").addAnnotation(jaxRs("QueryParam", "owner"));
    if (connectorKit) {
      owner.addAnnotation(ck("Summary", "Owner"));
      owner.addAnnotation(
          AnnotationSpec.builder(ck("DynamicValues"))
              .addMember("operation", "$S", ApiNames.operationId("List", (r + 1) % resources))
              .addMember("collection", "$S", "value")
              .addMember("valuePath", "$S", "id")
              .addMember("titlePath", "$S", "name")
              .build());
    }
    String w = ApiNames.words(r);
    return op(
            r,
            "assign",
            "POST",
            "{id}/assign",
            "Assign",
            "Assign " + w,
            main,
            "Gives a " + w + " to an owner.")
        .addParameter(id())
        .addParameter(owner.build())
        .addJavadoc(params("id the ID", "owner who owns it next"))
        .build();
  }

  private MethodSpec trigger(int r, TypeName page) {
    String w = ApiNames.words(r);
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("changes")
            .addModifiers(Modifier.PUBLIC)
            .returns(page)
            .addAnnotation(jaxRs("GET"))
            .addAnnotation(jaxRs("Path", "changes"))
            .addJavadoc("Fires when $Ls change.\n\n", w)
            .addParameter(query(STRING, "since", "Since", null))
            .addJavadoc(params("since only changes after this time"))
            .addStatement("return null");
    if (connectorKit) {
      m.addAnnotation(
          AnnotationSpec.builder(ck("Trigger"))
              .addMember("summary", "$S", "When a " + w + " changes")
              .addMember("operationId", "$S", ApiNames.operationId("On", r) + "Changed")
              .addMember("type", "$T.BATCH", ck("TriggerType"))
              .build());
      m.addAnnotation(
          AnnotationSpec.builder(ck("Polling"))
              .addMember(
                  "config",
                  "$L",
                  AnnotationSpec.builder(ck("PollingParameter"))
                      .addMember("name", "$S", "since")
                      .addMember("value", "$S", "@{triggerBody().value[0].updated}")
                      .build())
              .build());
    }
    return m.build();
  }

  private MethodSpec details(int r) {
    ClassName second = ApiNames.second(r);
    TypeName returns =
        switch (ApiNames.secondKind(r)) {
          case ENUM -> ModelWriter.map(second);
          case BEAN -> second;
          case RECORD -> ModelWriter.list(second);
        };
    String w = ApiNames.words(r);
    return op(
            r,
            "details",
            "GET",
            "{id}/details",
            "GetDetails",
            "Get " + w + " details",
            returns,
            "Gets the details of a " + w + ".")
        .addParameter(id())
        .addJavadoc(params("id the ID"))
        .build();
  }

  private MethodSpec.Builder op(
      int r,
      String method,
      String http,
      String path,
      String verb,
      String summary,
      TypeName returns,
      String doc) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(method)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addAnnotation(jaxRs(http))
            .addJavadoc("$L\n\n", doc);
    if (path != null) {
      m.addAnnotation(jaxRs("Path", path));
    }
    if (connectorKit) {
      m.addAnnotation(
          AnnotationSpec.builder(ck("Action"))
              .addMember("summary", "$S", summary)
              .addMember("operationId", "$S", verb + ApiNames.noun(r))
              .build());
    }
    if (!returns.equals(TypeName.VOID)) {
      m.addStatement("return null");
    }
    return m;
  }

  /** {@code @ApiResponse}, or nothing for the API without ConnectorKit. */
  private List<AnnotationSpec> response(int status, String description, ClassName type) {
    if (!connectorKit) {
      return List.of();
    }
    AnnotationSpec.Builder a =
        AnnotationSpec.builder(ck("ApiResponse"))
            .addMember("status", "$L", status)
            .addMember("description", "$S", description);
    if (type != null) {
      a.addMember("type", "$T.class", type);
    }
    return List.of(a.build());
  }

  private ParameterSpec id() {
    ParameterSpec.Builder p =
        ParameterSpec.builder(STRING, "id").addAnnotation(jaxRs("PathParam", "id"));
    if (connectorKit) {
      p.addAnnotation(ck("Summary", "ID"));
    }
    return p.build();
  }

  private ParameterSpec query(TypeName type, String name, String summary, String defaultValue) {
    ParameterSpec.Builder p =
        ParameterSpec.builder(type, name).addAnnotation(jaxRs("QueryParam", name));
    if (defaultValue != null) {
      p.addAnnotation(jaxRs("DefaultValue", defaultValue));
    }
    if (connectorKit) {
      p.addAnnotation(ck("Summary", summary));
    }
    return p.build();
  }

  private ParameterSpec header(String name, String header, String summary) {
    ParameterSpec.Builder p =
        ParameterSpec.builder(STRING, name).addAnnotation(jaxRs("HeaderParam", header));
    if (connectorKit) {
      p.addAnnotation(ck("Summary", summary));
    }
    return p.build();
  }

  private static String params(String... lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append("@param ").append(line).append('\n');
    }
    return out.toString();
  }
}
