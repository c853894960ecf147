package dev.connectorkit.processor.write;

import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes a connector's files into the class output through the {@link Filer}, under {@code
 * META-INF/connectors/<id>/}, naming the originating elements for incremental builds.
 */
public final class ConnectorFiles {
  /** The folder, inside the class output, that holds every connector's folder. */
  public static final String ROOT = "META-INF/connectors/";

  /** Certification's limit for the Swagger file. */
  static final int MAX_SWAGGER_BYTES = 1024 * 1024;

  private final Filer filer;
  private final Diagnostics diagnostics;

  public ConnectorFiles(Filer filer, Diagnostics diagnostics) {
    this.filer = filer;
    this.diagnostics = diagnostics;
  }

  /** Writes both files and returns where they are, for the compiler note. */
  public List<String> write(ConnectorModel model, List<? extends Element> originating)
      throws IOException {
    String dir = ROOT + model.info().id() + "/";
    List<String> written = new ArrayList<>();
    byte[] swagger = JsonOutput.bytes(new SwaggerWriter().write(model));
    if (swagger.length > MAX_SWAGGER_BYTES) {
      diagnostics.report(Message.SWAGGER_TOO_LARGE, model.origin(), swagger.length);
    }
    written.add(write(dir + "apiDefinition.swagger.json", swagger, originating));
    written.add(
        write(
            dir + "apiProperties.json",
            JsonOutput.bytes(new ApiPropertiesWriter().write(model)),
            originating));
    return written;
  }

  private String write(String path, byte[] bytes, List<? extends Element> originating)
      throws IOException {
    FileObject file =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT, "", path, originating.toArray(new Element[0]));
    try (OutputStream out = file.openOutputStream()) {
      out.write(bytes);
    }
    return file.toUri().getPath();
  }
}
