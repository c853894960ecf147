package dev.connectorkit.processor.write;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.connectorkit.processor.diag.Diagnostics;
import dev.connectorkit.processor.diag.Message;
import dev.connectorkit.processor.model.ConnectorModel;
import java.io.FilterOutputStream;
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
    FileObject swagger = create(dir + "apiDefinition.swagger.json", originating);
    long size;
    // Streamed into the file: a large definition is never held in memory as a whole.
    try (CountingOutputStream out = new CountingOutputStream(swagger.openOutputStream())) {
      JsonGenerator g = JsonOutput.generator(out);
      new SwaggerWriter().write(model, g);
      JsonOutput.finish(g, out);
      size = out.count();
    } catch (IOException | RuntimeException e) {
      swagger.delete(); // no half-written file (where the file manager can delete)
      throw e;
    }
    if (size > MAX_SWAGGER_BYTES) {
      diagnostics.report(Message.SWAGGER_TOO_LARGE, model.origin(), size);
    }
    written.add(swagger.toUri().getPath());
    FileObject properties = create(dir + "apiProperties.json", originating);
    try (OutputStream out = properties.openOutputStream()) {
      out.write(JsonOutput.bytes(new ApiPropertiesWriter().write(model)));
    }
    written.add(properties.toUri().getPath());
    return written;
  }

  private FileObject create(String path, List<? extends Element> originating) throws IOException {
    return filer.createResource(
        StandardLocation.CLASS_OUTPUT, "", path, originating.toArray(new Element[0]));
  }

  /** Counts the bytes written through it, for certification's size limit. */
  private static final class CountingOutputStream extends FilterOutputStream {
    private long count;

    CountingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    long count() {
      return count;
    }
  }
}
